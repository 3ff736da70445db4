package dev.ascform.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.diag.Diagnostics;
import dev.ascform.diag.SourcePos;
import dev.ascform.model.ResourceKind;
import dev.ascform.model.ResourceSpec;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the semantic checks share: positions, the diagnostics collector, and every declared local
 * name by kind (valid or not, so that references to a broken resource do not cascade).
 */
final class CheckContext {
  private static final Map<ResourceKind, String> WORDS =
      new EnumMap<>(
          Map.of(
              ResourceKind.APP,
              "app",
              ResourceKind.BUNDLE_ID,
              "bundle ID",
              ResourceKind.DEVICE,
              "device",
              ResourceKind.CERTIFICATE,
              "certificate",
              ResourceKind.PROFILE,
              "profile",
              ResourceKind.USER,
              "user",
              ResourceKind.BETA_GROUP,
              "beta group"));

  final Positions positions;
  final Diagnostics diags;
  private final Map<ResourceKind, Set<String>> declared = new EnumMap<>(ResourceKind.class);

  CheckContext(JsonNode root, Positions positions, Diagnostics diags) {
    this.positions = positions;
    this.diags = diags;
    for (ResourceKind k : WORDS.keySet()) {
      Set<String> names = new TreeSet<>();
      root.path(k.configKey()).fieldNames().forEachRemaining(names::add);
      declared.put(k, names);
    }
  }

  /** The position of a field of a resource, e.g. {@code at(device, "udid")}. */
  SourcePos at(ResourceSpec r, Object... tokens) {
    return positions.value(pointer(r, tokens));
  }

  static String pointer(ResourceSpec r, Object... tokens) {
    String p = Positions.child("/" + r.kind().configKey(), r.key());
    for (Object t : tokens) {
      p = Positions.child(p, t);
    }
    return p;
  }

  static String word(ResourceKind k) {
    return WORDS.get(k);
  }

  void error(SourcePos pos, String message) {
    diags.error(pos, message);
  }

  void warning(SourcePos pos, String message) {
    diags.warning(pos, message);
  }

  /**
   * Checks that {@code name} names a declared resource of kind {@code expected}; otherwise reports
   * a dangling or wrong-kind reference at {@code pos}, with a "did you mean".
   */
  /** Whether a resource of kind {@code k} named {@code name} is declared. */
  boolean declares(ResourceKind k, String name) {
    return declared.get(k).contains(name);
  }

  boolean reference(SourcePos pos, String name, ResourceKind expected, String field) {
    if (declared.get(expected).contains(name)) {
      return true;
    }
    for (Map.Entry<ResourceKind, Set<String>> e : declared.entrySet()) {
      if (e.getKey() != expected && e.getValue().contains(name)) {
        error(
            pos,
            field
                + ": '"
                + name
                + "' is "
                + article(word(e.getKey()))
                + ", not "
                + article(word(expected)));
        return false;
      }
    }
    error(
        pos,
        field
            + ": no "
            + word(expected)
            + " named '"
            + name
            + "' is declared"
            + Suggestions.didYouMean(name, declared.get(expected)));
    return false;
  }

  private static String article(String w) {
    return ("aeiou".indexOf(Character.toLowerCase(w.charAt(0))) >= 0 ? "an " : "a ") + w;
  }

  /**
   * Reports every value seen twice (by {@code normalize}d key) at its later position, naming the
   * first.
   */
  <T> void unique(List<T> items, Function<T, String> key, Function<T, SourcePos> pos, String what) {
    Map<String, SourcePos> first = new HashMap<>();
    for (T item : items) {
      SourcePos p = pos.apply(item);
      SourcePos earlier = first.putIfAbsent(key.apply(item), p);
      if (earlier != null) {
        error(
            p,
            "duplicate "
                + what
                + " '"
                + key.apply(item)
                + "' (also at "
                + earlier.mentionFrom(p)
                + ")");
      }
    }
  }
}
