package dev.ascform.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Defensive copies for the records of this package: immutable, sorted maps, no nulls. */
final class Copies {
  private Copies() {}

  static <V> SortedMap<String, V> sorted(Map<String, V> m) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(m == null ? Map.of() : m));
  }

  static <T> List<T> list(List<T> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  static <T> Optional<T> opt(Optional<T> o) {
    return o == null ? Optional.empty() : o;
  }

  static String req(String s, String what) {
    return Objects.requireNonNull(s, what);
  }
}
