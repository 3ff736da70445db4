package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One JSON:API resource object as Apple returns it. Attributes stay an open JSON object so that
 * attributes and enumeration values unknown to this version of ascform never break parsing.
 *
 * @param type the JSON:API type, e.g. {@code bundleIds}
 * @param id Apple's opaque resource id
 * @param attributes the attributes object (never null; empty when absent)
 * @param relationships relationship name to relationship (never null)
 * @param links the resource's links ({@code self}), may be null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Resource(
    String type,
    String id,
    ObjectNode attributes,
    Map<String, Relationship> relationships,
    Links links) {

  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
      new com.fasterxml.jackson.databind.ObjectMapper()
          .configure(
              com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
              false);

  public Resource {
    attributes = attributes == null ? JsonNodeFactory.instance.objectNode() : attributes;
    relationships = relationships == null ? Map.of() : Map.copyOf(relationships);
  }

  /** Returns the attribute as text, or null when absent or JSON null. */
  public String text(String attribute) {
    JsonNode node = attributes.get(attribute);
    return node == null || node.isNull() ? null : node.asText();
  }

  /**
   * Returns the attribute as an instant, or null when absent or JSON null. Every date-time form
   * Apple sends reads ({@link AppleDates}).
   *
   * @throws UnreadableValueException when the value is not a date-time, naming this resource's type
   *     and id and the attribute
   */
  public Instant instant(String attribute) {
    String value = text(attribute);
    if (value == null) {
      return null;
    }
    try {
      return AppleDates.parse(value);
    } catch (DateTimeParseException e) {
      throw new UnreadableValueException(this, attribute, value, "a date-time");
    }
  }

  /** Returns the attribute as a Boolean, or null when absent or JSON null. */
  public Boolean bool(String attribute) {
    JsonNode node = attributes.get(attribute);
    return node == null || node.isNull() ? null : node.asBoolean();
  }

  /**
   * Returns the attribute as a list of strings (an absent or null attribute gives an empty list).
   */
  public List<String> texts(String attribute) {
    JsonNode node = attributes.get(attribute);
    List<String> out = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    }
    return List.copyOf(out);
  }

  /**
   * The attributes converted to a record such as {@code Attributes.Device}; unknown attributes are
   * ignored, absent ones are null.
   */
  public <T> T attributesAs(Class<T> type) {
    return MAPPER.convertValue(attributes, type);
  }

  /** Returns the named relationship, or null when the document does not carry it. */
  public Relationship relationship(String name) {
    return relationships.get(name);
  }

  /** This resource as a {@code {type, id}} reference. */
  @JsonIgnore
  public ResourceRef ref() {
    return new ResourceRef(type, id);
  }
}
