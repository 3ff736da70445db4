package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads a record of attributes (such as {@code Attributes.Device}) from a resource's attributes
 * object, each component from the attribute of its name, with the same leniency as {@link
 * Resource#text}, {@link Resource#bool} and {@link Resource#texts}: text is any value as text,
 * booleans read as {@link JsonNode#asBoolean()}, integers only from numbers, lists of text from
 * arrays (else empty), dates as {@link AppleDate}s; absent and null attributes are null. Other
 * component types (nested objects such as capability settings) go through Jackson, a value of an
 * unexpected shape reading as null.
 *
 * <p>Planning decodes every resource of the account (~15,000 on a large one) in a JVM that starts
 * cold for each command: reading the few components straight from the tree costs about what the
 * {@code text("…")} calls it replaces did, where a Jackson conversion per resource cost several
 * times more (measured in the commit that introduced this class).
 */
final class AttributeReader {
  private static final ClassValue<AttributeReader> READERS =
      new ClassValue<>() {
        @Override
        protected AttributeReader computeValue(Class<?> type) {
          return new AttributeReader(type);
        }
      };

  private final String[] names;
  private final List<BiFunction<String, JsonNode, Object>> readers = new ArrayList<>();
  private final Constructor<?> constructor;

  private AttributeReader(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    names = new String[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      names[i] = components[i].getName();
      types[i] = components[i].getType();
      readers.add(readerOf(components[i].getGenericType()));
    }
    try {
      constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("no canonical constructor in " + type, e);
    }
  }

  /** The record, or null when {@code type} is no record (the caller then uses Jackson). */
  static <T> T read(Class<T> type, ObjectNode attributes) {
    if (!type.isRecord()) {
      return null;
    }
    return type.cast(READERS.get(type).read(attributes));
  }

  private Object read(ObjectNode attributes) {
    Object[] values = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      JsonNode node = attributes.get(names[i]);
      values[i] = node == null || node.isNull() ? null : readers.get(i).apply(names[i], node);
    }
    try {
      return constructor.newInstance(values);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static BiFunction<String, JsonNode, Object> readerOf(Type type) {
    if (type == String.class) {
      return (name, node) -> node.asText();
    }
    if (type == Boolean.class) {
      return (name, node) -> node.asBoolean();
    }
    if (type == Integer.class) {
      return (name, node) -> node.isNumber() ? node.asInt() : null;
    }
    if (type == AppleDate.class) {
      return (name, node) -> new AppleDate(name, node.asText());
    }
    if (type instanceof ParameterizedType p
        && p.getRawType() == List.class
        && p.getActualTypeArguments()[0] == String.class) {
      return (name, node) -> {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
          node.forEach(n -> out.add(n.asText()));
        }
        return List.copyOf(out);
      };
    }
    ObjectMapper mapper = Resource.liberalMapper();
    var javaType = mapper.getTypeFactory().constructType(type);
    return (name, node) -> {
      try {
        return mapper.treeToValue(node, javaType);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        return null; // a shape Apple's schema does not have: as if absent
      }
    };
  }
}
