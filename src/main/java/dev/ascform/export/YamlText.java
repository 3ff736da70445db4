package dev.ascform.export;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes exported entries as block YAML by hand (so entries can carry comments): maps as blocks,
 * lists of scalars in flow style, lists of maps as {@code - key: value} blocks. Strings are plain
 * when that is unambiguous, else double-quoted with JSON escapes (valid YAML).
 */
final class YamlText {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.@/-]*");
  private static final java.util.Set<String> RESERVED =
      java.util.Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n", "~");

  private final StringBuilder out = new StringBuilder();

  /** A top-level section of named entries, each with its optional comment line. */
  YamlText section(String name, Map<String, ExportEntry> entries) {
    if (entries.isEmpty()) {
      // "name:" alone is null, which the loader refuses; an empty map loads as no entries
      out.append("# none in the account\n").append(name).append(": {}\n");
      return this;
    }
    out.append(name).append(":\n");
    entries.forEach(
        (local, e) -> {
          if (e.comment() != null) {
            out.append("  # ").append(e.comment()).append('\n');
          }
          out.append("  ").append(local).append(":");
          map(e.body(), 4);
        });
    return this;
  }

  /** A raw line (a comment, a blank line). */
  YamlText line(String text) {
    out.append(text).append('\n');
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void map(Map<?, ?> m, int indent) {
    if (m.isEmpty()) {
      out.append(" {}\n");
      return;
    }
    out.append('\n');
    m.forEach(
        (k, v) -> {
          out.append(" ".repeat(indent)).append(scalar(k)).append(':');
          value(v, indent);
        });
  }

  private void value(Object v, int indent) {
    if (v instanceof Map<?, ?> m) {
      map(m, indent + 2);
    } else if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map) {
      out.append('\n');
      for (Object item : l) {
        Map<?, ?> m = (Map<?, ?>) item;
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          out.append(" ".repeat(indent + 2))
              .append(first ? "- " : "  ")
              .append(scalar(e.getKey()))
              .append(':');
          value(e.getValue(), indent + 4);
          first = false;
        }
      }
    } else if (v instanceof List<?> l) {
      out.append(" [");
      for (int i = 0; i < l.size(); i++) {
        out.append(i == 0 ? "" : ", ").append(scalar(l.get(i)));
      }
      out.append("]\n");
    } else {
      out.append(' ').append(scalar(v)).append('\n');
    }
  }

  static String scalar(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Boolean || v instanceof Number) {
      return v.toString();
    }
    String s = v.toString();
    if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(java.util.Locale.ROOT))) {
      return s;
    }
    StringBuilder q = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\t' -> q.append("\\t");
        default -> {
          if (c < 0x20) {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
