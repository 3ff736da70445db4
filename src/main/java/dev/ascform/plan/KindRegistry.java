package dev.ascform.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds ascform knows, listed once, explicitly (octoDNS's {@code register_type}): sorted by
 * dependency rank, then name; names are unique.
 */
public final class KindRegistry {
  private final Map<String, ResourceKind<?, ?>> byName = new LinkedHashMap<>();

  private KindRegistry(List<ResourceKind<?, ?>> kinds) {
    List<ResourceKind<?, ?>> sorted = new ArrayList<>(kinds);
    sorted.sort(
        Comparator.<ResourceKind<?, ?>>comparingInt(ResourceKind::rank)
            .thenComparing(ResourceKind::name));
    for (ResourceKind<?, ?> k : sorted) {
      if (byName.put(k.name(), k) != null) {
        throw new IllegalArgumentException("kind " + k.name() + " is registered twice");
      }
    }
  }

  /** A registry of these kinds. */
  public static KindRegistry of(List<? extends ResourceKind<?, ?>> kinds) {
    return new KindRegistry(List.copyOf(kinds));
  }

  /** The kind with this name. */
  public Optional<ResourceKind<?, ?>> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The kind with this name, or an error listing the known ones. */
  public ResourceKind<?, ?> require(String name) {
    return get(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown resource kind \""
                        + name
                        + "\"; known kinds: "
                        + String.join(", ", byName.keySet())));
  }

  /** Every kind, by rank then name. */
  public List<ResourceKind<?, ?>> all() {
    return List.copyOf(byName.values());
  }
}
