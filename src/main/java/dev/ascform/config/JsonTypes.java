package dev.ascform.config;

import com.fasterxml.jackson.databind.JsonNode;

/** Names of YAML value types as users know them, for messages. */
final class JsonTypes {
  private JsonTypes() {}

  static String describe(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "missing value";
    }
    if (n.isObject()) {
      return "mapping";
    }
    if (n.isArray()) {
      return "list";
    }
    if (n.isNull()) {
      return "empty value";
    }
    if (n.isBoolean()) {
      return "boolean";
    }
    if (n.isIntegralNumber()) {
      return "integer";
    }
    if (n.isNumber()) {
      return "number";
    }
    return "string";
  }

  /** {@link #describe} with "a" or "an". */
  static String withArticle(JsonNode n) {
    String d = describe(n);
    return ("aeiou".indexOf(d.charAt(0)) >= 0 ? "an " : "a ") + d;
  }

  /** A schema type name ({@code object}, {@code array}, ...) in YAML words. */
  static String schemaType(String t) {
    return switch (t) {
      case "object" -> "a mapping";
      case "array" -> "a list";
      case "string" -> "a string";
      case "integer" -> "an integer";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      case "null" -> "an empty value";
      default -> t;
    };
  }
}
