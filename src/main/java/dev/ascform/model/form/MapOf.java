package dev.ascform.model.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map from keys of one form to values of one type, with some keys (optionally) declared with a
 * type of their own.
 *
 * @param keys the type every key has (a {@link Text} or a {@link LocalName})
 * @param values the type of the values of keys not in {@code known}
 * @param known keys with a type of their own, in order
 * @param nullable true when the value may also be null
 * @param description what it means, or null
 */
public record MapOf(
    Type keys, Type values, Map<String, Type> known, boolean nullable, String description)
    implements Type {
  public MapOf {
    known = Collections.unmodifiableMap(new LinkedHashMap<>(known));
  }

  /** A map of {@code keys} to {@code values}. */
  public static MapOf of(Type keys, Type values) {
    return new MapOf(keys, values, Map.of(), false, null);
  }

  public MapOf describe(String text) {
    return new MapOf(keys, values, known, nullable, text);
  }

  /** The same map, or null. */
  public MapOf orNull() {
    return new MapOf(keys, values, known, true, description);
  }

  /** The same map where key {@code key} holds a value of {@code type}. */
  public MapOf with(String key, Type type) {
    Map<String, Type> k = new LinkedHashMap<>(known);
    k.put(key, type);
    return new MapOf(keys, values, k, nullable, description);
  }
}
