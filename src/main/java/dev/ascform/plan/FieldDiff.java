package dev.ascform.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One changed field: its dotted path ({@code name}, {@code settings.ICLOUD_VERSION}) with the value
 * before (live) and after (desired). Values are plain JSON-like data; either may be null.
 */
public record FieldDiff(String path, Object before, Object after) {
  public FieldDiff {
    Objects.requireNonNull(path, "path");
    before = Values.copy(before);
    after = Values.copy(after);
  }

  /**
   * Field diffs from {@code before} to {@code after}, walking nested maps into dotted paths and
   * comparing lists and scalars whole. Keys come in the order of {@code after}, then the keys only
   * {@code before} has (unless {@code afterKeysOnly}, which ignores fields the desired side does
   * not mention). Numbers compare by value ({@code 1} equals {@code 1L}).
   */
  public static List<FieldDiff> between(
      Map<String, ?> before, Map<String, ?> after, boolean afterKeysOnly) {
    List<FieldDiff> out = new ArrayList<>();
    walk(
        "",
        before == null ? Map.of() : before,
        after == null ? Map.of() : after,
        afterKeysOnly,
        out);
    return List.copyOf(out);
  }

  private static void walk(
      String prefix,
      Map<String, ?> before,
      Map<String, ?> after,
      boolean afterOnly,
      List<FieldDiff> out) {
    Set<String> keys = new LinkedHashSet<>(after.keySet());
    if (!afterOnly) {
      keys.addAll(before.keySet());
    }
    for (String key : keys) {
      Object b = before.get(key);
      Object a = after.get(key);
      String path = prefix + key;
      if (b instanceof Map<?, ?> bm && a instanceof Map<?, ?> am) {
        walk(path + ".", Values.stringMap(bm), Values.stringMap(am), afterOnly, out);
      } else if (!Values.same(b, a)) {
        out.add(new FieldDiff(path, b, a));
      }
    }
  }

  /** True when this diff's path is {@code field} or lies under it. */
  public boolean isUnder(String field) {
    return path.equals(field) || path.startsWith(field + ".");
  }
}
