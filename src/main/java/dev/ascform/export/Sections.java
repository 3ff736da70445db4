package dev.ascform.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The sections {@code export --kinds} accepts, the kinds each reads, and what each needs. */
public final class Sections {
  /** Section name to the kinds it reads (the first one writes it), in file order. */
  public static final Map<String, List<String>> KINDS = kinds();

  private Sections() {}

  private static Map<String, List<String>> kinds() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("bundle_ids", List.of("bundle_id", "capability"));
    m.put("devices", List.of("device"));
    m.put("certificates", List.of("certificate"));
    m.put("profiles", List.of("profile"));
    m.put("users", List.of("user"));
    m.put("beta_groups", List.of("beta_group", "beta_tester"));
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The sections to export: all when {@code asked} is empty; profiles bring the bundle IDs,
   * certificates and devices they reference.
   *
   * @throws IllegalArgumentException naming an unknown section
   */
  public static Set<String> resolve(List<String> asked) {
    Set<String> out = new TreeSet<>();
    if (asked == null || asked.isEmpty()) {
      out.addAll(KINDS.keySet());
      return out;
    }
    for (String a : asked) {
      String s = a.trim();
      if (!KINDS.containsKey(s)) {
        throw new IllegalArgumentException(
            "--kinds: unknown kind \""
                + s
                + "\"; expected some of "
                + String.join(",", KINDS.keySet()));
      }
      out.add(s);
    }
    if (out.contains("profiles")) {
      out.addAll(List.of("bundle_ids", "certificates", "devices"));
    }
    return out;
  }
}
