package dev.ascform.export;

import dev.ascform.model.ResourceKind;
import java.util.Arrays;
import java.util.Collections;
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
    m.put("bundle_ids", names(ResourceKind.BUNDLE_ID, ResourceKind.CAPABILITY));
    m.put("devices", names(ResourceKind.DEVICE));
    m.put("certificates", names(ResourceKind.CERTIFICATE));
    m.put("profiles", names(ResourceKind.PROFILE));
    m.put("users", names(ResourceKind.USER));
    m.put("beta_groups", names(ResourceKind.BETA_GROUP, ResourceKind.BETA_TESTER));
    return Collections.unmodifiableMap(m);
  }

  private static List<String> names(ResourceKind... kinds) {
    return Arrays.stream(kinds).map(ResourceKind::addressPrefix).toList();
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
