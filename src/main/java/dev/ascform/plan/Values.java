package dev.ascform.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Helpers for attribute values: JSON-like data (maps, lists, strings, numbers, booleans). */
public final class Values {
  private Values() {}

  /** An unmodifiable deep copy of an ordered attribute map; null becomes null. */
  public static Map<String, Object> copyMap(Map<String, ?> map) {
    if (map == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(Objects.requireNonNull(k, "attribute name"), copy(v)));
    return Collections.unmodifiableMap(out);
  }

  /** An unmodifiable deep copy of a JSON-like value. */
  public static Object copy(Object value) {
    if (value instanceof Map<?, ?> m) {
      return copyMap(stringMap(m));
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(v -> out.add(copy(v)));
      return Collections.unmodifiableList(out);
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    return value;
  }

  /** The map with its keys as strings, in order. */
  public static Map<String, Object> stringMap(Map<?, ?> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  /** Deep equality that treats numbers by value and enums by name. */
  public static boolean same(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      try {
        return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
      } catch (NumberFormatException notFinite) {
        return x.toString().equals(y.toString());
      }
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (!x.keySet().equals(y.keySet())) {
        return false;
      }
      return x.keySet().stream().allMatch(k -> same(x.get(k), y.get(k)));
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(copy(a), copy(b));
  }
}
