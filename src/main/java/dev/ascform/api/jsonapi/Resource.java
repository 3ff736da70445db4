package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
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

  /**
   * Reads the typed attribute views as liberally as the open object: unknown attributes are
   * ignored, and a value of an unexpected JSON type (text where a boolean belongs, an object where
   * text does) reads as absent rather than failing the whole resource. Integers read only from
   * numbers, as before.
   */
  private static final ObjectMapper MAPPER = newLiberalMapper();

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
   * The attributes read as a record such as {@code Attributes.Device}, each component from the
   * attribute of its name and as leniently as {@link #text}, {@link #bool} and {@link #texts} read
   * ({@link AttributeReader}): unknown attributes are ignored, absent ones and JSON nulls are null.
   * Enumerations are open strings in those records and dates {@link AppleDate}s, so nothing Apple
   * sends fails. A type that is no record is read by Jackson, as leniently.
   */
  public <T> T attributesAs(Class<T> type) {
    T record = AttributeReader.read(type, attributes);
    if (record != null) {
      return record;
    }
    try {
      return MAPPER.treeToValue(attributes, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot read the attributes of " + type() + " " + id() + " as " + type.getSimpleName(),
          e);
    }
  }

  /**
   * Returns the date-time attribute of a typed view as an instant, or null when absent or JSON
   * null. Every date-time form Apple sends reads ({@link AppleDates}).
   *
   * @throws UnreadableValueException when the value is not a date-time, naming this resource's type
   *     and id and the attribute
   */
  public Instant instant(AppleDate date) {
    if (date == null || date.text() == null) {
      return null;
    }
    try {
      return AppleDates.parse(date.text());
    } catch (DateTimeParseException e) {
      throw new UnreadableValueException(this, date.attribute(), date.text(), "a date-time");
    }
  }

  /** The mapper of {@link #attributesAs} for what is not a record of plain attributes. */
  static ObjectMapper liberalMapper() {
    return MAPPER;
  }

  private static ObjectMapper newLiberalMapper() {
    ObjectMapper m =
        new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .addHandler(new AsAbsent());
    m.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.AsNull);
    return m;
  }

  /** A value of the wrong JSON type reads as null (skipping it), never as a failure. */
  private static final class AsAbsent extends DeserializationProblemHandler {
    @Override
    public Object handleUnexpectedToken(
        DeserializationContext ctxt,
        JavaType targetType,
        JsonToken t,
        JsonParser p,
        String failureMsg)
        throws IOException {
      p.skipChildren();
      return null;
    }

    @Override
    public Object handleWeirdStringValue(
        DeserializationContext ctxt,
        Class<?> targetType,
        String valueToConvert,
        String failureMsg) {
      return null;
    }

    @Override
    public Object handleWeirdNumberValue(
        DeserializationContext ctxt,
        Class<?> targetType,
        Number valueToConvert,
        String failureMsg) {
      return null;
    }

    @Override
    public Object handleMissingInstantiator(
        DeserializationContext ctxt,
        Class<?> instClass,
        ValueInstantiator valueInsta,
        JsonParser p,
        String msg)
        throws IOException {
      p.skipChildren();
      return null;
    }
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
