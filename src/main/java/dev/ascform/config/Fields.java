package dev.ascform.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reading typed fields from a schema-valid mapping. */
final class Fields {
  private Fields() {}

  static String text(JsonNode n, String field) {
    return n.path(field).asText();
  }

  static Optional<String> optText(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  static boolean bool(JsonNode n, String field, boolean dflt) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? dflt : v.asBoolean();
  }

  static int integer(JsonNode n, String field, int dflt) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? dflt : v.asInt();
  }

  static List<String> texts(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = n.get(field);
    if (v != null && v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    } else if (v != null && v.isTextual()) {
      out.add(v.asText());
    }
    return out;
  }

  static <E extends Enum<E>> E enumValue(JsonNode n, String field, Class<E> type) {
    return Enum.valueOf(type, n.path(field).asText());
  }

  static <E extends Enum<E>> Optional<E> optEnum(JsonNode n, String field, Class<E> type) {
    return optText(n, field).map(s -> Enum.valueOf(type, s));
  }

  static <T> List<T> map(List<String> in, Function<String, T> f) {
    return in.stream().map(f).toList();
  }

  /** Parses {@code 12h}, {@code 30d} or {@code 2w} (the schema has checked the syntax). */
  static Duration duration(String s) {
    long n = Long.parseLong(s.substring(0, s.length() - 1));
    return switch (s.charAt(s.length() - 1)) {
      case 'h' -> Duration.ofHours(n);
      case 'd' -> Duration.ofDays(n);
      case 'w' -> Duration.ofDays(7 * n);
      default -> throw new IllegalArgumentException("not a duration: " + s);
    };
  }

  static Optional<Duration> optDuration(JsonNode n, String field) {
    return optText(n, field).map(Fields::duration);
  }
}
