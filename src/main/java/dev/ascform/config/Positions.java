package dev.ascform.config;

import dev.ascform.diag.SourcePos;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where each value of the merged config came from, by JSON Pointer ({@code /devices/alice/udid}):
 * the position of the value and, for mapping entries, of the key.
 */
final class Positions {
  private final Map<String, SourcePos> values = new HashMap<>();
  private final Map<String, SourcePos> keys = new HashMap<>();
  private final Set<String> broken = new HashSet<>();

  void putValue(String pointer, SourcePos pos) {
    values.putIfAbsent(pointer, pos);
  }

  void putKey(String pointer, SourcePos pos) {
    keys.putIfAbsent(pointer, pos);
  }

  /**
   * Marks a value already reported as wrong, so that later stages neither report it again nor build
   * a resource from it.
   */
  void markBroken(String pointer) {
    broken.add(pointer);
  }

  /** Whether the value at {@code pointer}, or a value containing it, was marked broken. */
  boolean isBroken(String pointer) {
    for (String p = pointer; ; p = parent(p)) {
      if (broken.contains(p)) {
        return true;
      }
      if (p.isEmpty()) {
        return false;
      }
    }
  }

  /** Whether the value at {@code pointer}, or a value under or above it, was marked broken. */
  boolean touchesBroken(String pointer) {
    return isBroken(pointer) || broken.stream().anyMatch(b -> b.startsWith(pointer + "/"));
  }

  /** Copies every entry of {@code other} not already known here. */
  void addAll(Positions other, Predicate<String> keep) {
    other.values.forEach(
        (p, pos) -> {
          if (keep.test(p)) {
            values.putIfAbsent(p, pos);
          }
        });
    other.keys.forEach(
        (p, pos) -> {
          if (keep.test(p)) {
            keys.putIfAbsent(p, pos);
          }
        });
    other.broken.stream().filter(keep).forEach(broken::add);
  }

  /** The value's position, else the nearest ancestor's. */
  SourcePos value(String pointer) {
    String p = pointer;
    while (true) {
      SourcePos pos = values.get(p);
      if (pos != null) {
        return pos;
      }
      if (p.isEmpty()) {
        return null;
      }
      p = parent(p);
    }
  }

  /** The key's position for a mapping entry, else the value's. */
  SourcePos key(String pointer) {
    SourcePos pos = keys.get(pointer);
    return pos != null ? pos : value(pointer);
  }

  static String parent(String pointer) {
    int i = pointer.lastIndexOf('/');
    return i <= 0 ? "" : pointer.substring(0, i);
  }

  /** A pointer made of these tokens, each escaped per RFC 6901. */
  static String pointer(List<?> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Object t : tokens) {
      sb.append('/').append(escape(String.valueOf(t)));
    }
    return sb.toString();
  }

  static String child(String pointer, Object token) {
    return pointer + "/" + escape(String.valueOf(token));
  }

  private static String escape(String s) {
    return s.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer in config words: {@code devices.alice.tags[0]}. */
  static String dotted(String pointer) {
    if (pointer.isEmpty()) {
      return "(top level)";
    }
    StringBuilder sb = new StringBuilder();
    for (String t : pointer.substring(1).split("/", -1)) {
      String tok = t.replace("~1", "/").replace("~0", "~");
      if (tok.matches("[0-9]+")) {
        sb.append('[').append(tok).append(']');
      } else {
        sb.append(sb.length() == 0 ? "" : ".").append(tok);
      }
    }
    return sb.toString();
  }
}
