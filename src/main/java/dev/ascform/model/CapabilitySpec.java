package dev.ascform.model;

import dev.ascform.diag.SourcePos;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A capability enabled on a bundle ID, with its settings in Apple's shape: setting key (e.g. {@code
 * ICLOUD_VERSION}) to the option keys chosen for it (e.g. {@code [XCODE_6]}).
 *
 * @param type Apple's capability type; an open set (Apple uses more than its document lists)
 * @param settings setting key to option keys, sorted by setting key; empty when it takes none
 */
public record CapabilitySpec(String type, SortedMap<String, List<String>> settings, SourcePos pos) {
  public CapabilitySpec {
    Copies.req(type, "type");
    TreeMap<String, List<String>> copy = new TreeMap<>();
    (settings == null ? Map.<String, List<String>>of() : settings)
        .forEach((k, v) -> copy.put(k, List.copyOf(v)));
    settings = Collections.unmodifiableSortedMap(copy);
    Objects.requireNonNull(pos, "pos");
  }
}
