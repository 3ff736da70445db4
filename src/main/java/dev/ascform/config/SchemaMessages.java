package dev.ascform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.List;

/** Turns a JSON Schema validation error into a message in config words. */
final class SchemaMessages {
  /** A message, and whether it belongs at the key of the value (else at the value). */
  record Message(String text, boolean atKey) {}

  private static final List<String> CAPABILITIES_NEEDING_SETTINGS =
      List.of("ICLOUD", "DATA_PROTECTION", "APPLE_ID_AUTH");

  private SchemaMessages() {}

  static Message describe(Error e, String pointer, JsonNode schemaRoot) {
    String where = Positions.dotted(pointer);
    JsonNode owner = ownerSchema(e, schemaRoot);
    JsonNode value = e.getInstanceNode();
    String prop = e.getProperty();
    switch (e.getKeyword()) {
      case "additionalProperties":
        return new Message(
            "unknown "
                + (pointer.isEmpty() ? "top-level section" : "key")
                + " '"
                + prop
                + "'"
                + (pointer.isEmpty() ? "" : " in " + where)
                + Suggestions.didYouMean(prop, names(owner.path("properties"))),
            true);
      case "required":
        return new Message(
            where + ": missing required key '" + prop + "'" + requiredHint(where, prop), true);
      case "propertyNames":
        return new Message(
            "'"
                + prop
                + "' is not a valid key in "
                + where
                + ": expected "
                + describeSchema(
                    resolve(e.getSchemaNode(), schemaRoot), "a name matching its pattern"),
            true);
      case "enum":
        return new Message(
            where
                + ": "
                + quote(value)
                + " is not one of "
                + join(e.getSchemaNode())
                + (value != null && value.isTextual()
                    ? Suggestions.didYouMean(value.asText(), names(e.getSchemaNode()))
                    : ""),
            false);
      case "type":
        return new Message(
            where
                + ": expected "
                + describeSchema(owner, typeWords(e.getSchemaNode()))
                + ", found "
                + (value != null && value.isTextual()
                    ? quote(value)
                    : JsonTypes.withArticle(value)),
            false);
      case "pattern":
        return new Message(
            where
                + ": "
                + quote(value)
                + " is not valid: expected "
                + describeSchema(owner, "a value matching " + e.getSchemaNode().asText()),
            false);
      default:
        return new Message(where + ": " + stripPath(e.getMessage()), false);
    }
  }

  private static String requiredHint(String where, String prop) {
    for (String cap : CAPABILITIES_NEEDING_SETTINGS) {
      if (where.endsWith(".capabilities." + cap)) {
        return " (Apple rejects " + cap + " without its " + prop + " setting)";
      }
    }
    return "";
  }

  /** The schema object that holds the failing keyword. */
  private static JsonNode ownerSchema(Error e, JsonNode root) {
    var fragment = e.getSchemaLocation().getFragment();
    JsonNode n = root;
    for (int i = 0; i < fragment.getNameCount() - 1; i++) {
      Object el = fragment.getElement(i);
      n = el instanceof Integer idx ? n.path(idx) : n.path(String.valueOf(el));
    }
    return n;
  }

  private static JsonNode resolve(JsonNode schema, JsonNode root) {
    if (schema != null && schema.has("$ref")) {
      return root.at(schema.get("$ref").asText().substring(1));
    }
    return schema;
  }

  private static String describeSchema(JsonNode schema, String fallback) {
    return schema != null && schema.hasNonNull("description")
        ? schema.get("description").asText()
        : fallback;
  }

  private static String typeWords(JsonNode types) {
    if (types.isArray()) {
      List<String> words = new ArrayList<>();
      types.forEach(t -> words.add(JsonTypes.schemaType(t.asText())));
      return String.join(" or ", words);
    }
    return JsonTypes.schemaType(types.asText());
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n.isObject()) {
      n.fieldNames().forEachRemaining(out::add);
    } else if (n.isArray()) {
      n.forEach(v -> out.add(v.asText()));
    }
    return out;
  }

  private static String join(JsonNode values) {
    return String.join(", ", names(values));
  }

  private static String quote(JsonNode v) {
    if (v == null) {
      return "(nothing)";
    }
    return v.isTextual() ? "'" + v.asText() + "'" : v.toString();
  }

  private static String stripPath(String message) {
    return message.replaceFirst("^\\$[^ ]*: ", "");
  }
}
