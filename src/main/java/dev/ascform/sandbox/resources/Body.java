package dev.ascform.sandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Request;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a JSON:API request body and answers malformed ones as Apple does: 409 {@code
 * ENTITY_ERROR.*} with a {@code source.pointer} to the offending member.
 */
public final class Body {
  private final Request req;
  private final JsonNode data;

  private Body(Request req, JsonNode data) {
    this.req = req;
    this.data = data;
  }

  /** The {@code data} object of a create or update body of this type. */
  public static Body of(
      Request req, String type, Set<String> attributes, Set<String> relationships) {
    JsonNode data = req.body() == null ? null : req.body().get("data");
    if (data == null || !data.isObject()) {
      throw ApiException.conflict(
          "ENTITY_ERROR",
          "The provided entity is missing a required field",
          "/data",
          "The request body must hold a 'data' object.");
    }
    if (!type.equals(data.path("type").asText())) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "The provided entity has an invalid type",
          "/data/type",
          "The type must be '" + type + "'.");
    }
    if (req.id() != null && !req.id().equals(data.path("id").asText())) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "The provided entity id does not match",
          "/data/id",
          "The id in the body must be '" + req.id() + "'.");
    }
    checkKnown(
        data.path("attributes"),
        attributes,
        "/data/attributes/",
        "ENTITY_ERROR.ATTRIBUTE.UNKNOWN",
        "attribute");
    checkKnown(
        data.path("relationships"),
        relationships,
        "/data/relationships/",
        "ENTITY_ERROR.RELATIONSHIP.UNKNOWN",
        "relationship");
    return new Body(req, data);
  }

  private static void checkKnown(
      JsonNode node, Set<String> allowed, String pointer, String code, String what) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw ApiException.conflict(
            code,
            "The provided entity includes an unknown " + what,
            pointer + name,
            "'" + name + "' is not a " + what + " that can be set on this request.");
      }
    }
  }

  /** The {@code data} array of a relationship-linkage body, as ids of this type. */
  public static List<String> linkages(Request req, String type) {
    JsonNode data = req.body() == null ? null : req.body().get("data");
    if (data == null || !data.isArray()) {
      throw ApiException.conflict(
          "ENTITY_ERROR",
          "The provided entity is missing a required field",
          "/data",
          "The request body must hold a 'data' array.");
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      JsonNode item = data.get(i);
      if (!type.equals(item.path("type").asText()) || !item.path("id").isTextual()) {
        throw ApiException.conflict(
            "ENTITY_ERROR.RELATIONSHIP.INVALID",
            "The provided entity has an invalid relationship",
            "/data/" + i,
            "Each item must be {\"type\":\"" + type + "\",\"id\":...}.");
      }
      ids.add(item.get("id").asText());
    }
    return ids;
  }

  /** Whether the attribute is present (even null). */
  public boolean has(String attribute) {
    return data.path("attributes").has(attribute);
  }

  /** The attribute node, or null. */
  public JsonNode attr(String attribute) {
    JsonNode n = data.path("attributes").get(attribute);
    return n == null || n.isNull() ? null : n;
  }

  /** A required non-empty text attribute. */
  public String requireText(String attribute) {
    JsonNode n = attr(attribute);
    if (n == null || !n.isTextual() || n.asText().isBlank()) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.REQUIRED",
          "The provided entity is missing a required attribute",
          "/data/attributes/" + attribute,
          "You must provide a value for the attribute '" + attribute + "' with this request");
    }
    return n.asText();
  }

  /** A text attribute that must be one of {@code values} when present. */
  public String enumValue(String attribute, Set<String> values, boolean required) {
    String v =
        required
            ? requireText(attribute)
            : attr(attribute) == null ? null : attr(attribute).asText();
    if (v != null && !values.contains(v)) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "An attribute value is invalid.",
          "/data/attributes/" + attribute,
          "'" + v + "' is not a valid value for '" + attribute + "'.");
    }
    return v;
  }

  /** The attributes object (possibly empty). */
  public ObjectNode attributes() {
    JsonNode n = data.path("attributes");
    return n.isObject()
        ? (ObjectNode) n
        : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
  }

  /** The id of a to-one relationship (checked to exist in the account), or null when absent. */
  public String toOne(String name, String type, boolean required) {
    JsonNode d = data.path("relationships").path(name).path("data");
    if (d.isMissingNode() || d.isNull()) {
      if (required) {
        throw ApiException.conflict(
            "ENTITY_ERROR.RELATIONSHIP.REQUIRED",
            "The provided entity is missing a required relationship",
            "/data/relationships/" + name,
            "You must provide a value for the relationship '" + name + "' with this request");
      }
      return null;
    }
    String id = d.path("id").asText();
    checkExists(name, type, id, d.path("type").asText());
    return id;
  }

  /** The ids of a to-many relationship (each checked to exist), empty when absent. */
  public List<String> toMany(String name, String type, boolean required) {
    JsonNode d = data.path("relationships").path(name).path("data");
    List<String> ids = new ArrayList<>();
    if (d.isArray()) {
      for (JsonNode item : d) {
        String id = item.path("id").asText();
        checkExists(name, type, id, item.path("type").asText());
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    if (required && ids.isEmpty()) {
      throw ApiException.conflict(
          "ENTITY_ERROR.RELATIONSHIP.REQUIRED",
          "The provided entity is missing a required relationship",
          "/data/relationships/" + name,
          "You must provide at least one '" + type + "' in the relationship '" + name + "'");
    }
    return ids;
  }

  private void checkExists(String name, String type, String id, String givenType) {
    if (!type.equals(givenType) || req.account().find(type, id).isEmpty()) {
      throw ApiException.conflict(
          "ENTITY_ERROR.RELATIONSHIP.INVALID",
          "The provided entity includes a relationship with an invalid value",
          "/data/relationships/" + name,
          "There is no resource of type '" + type + "' with id '" + id + "'");
    }
  }
}
