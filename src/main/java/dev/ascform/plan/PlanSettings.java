package dev.ascform.plan;

import java.util.Set;
import java.util.TreeSet;

/**
 * How to plan: the kinds whose unmanaged live resources are deleted ({@code prune}), and the
 * {@code --target} addresses (empty: everything).
 */
public record PlanSettings(Set<String> pruneKinds, Set<Address> targets) {
  public static final PlanSettings DEFAULT = new PlanSettings(Set.of(), Set.of());

  public PlanSettings {
    pruneKinds = pruneKinds == null ? Set.of() : Set.copyOf(new TreeSet<>(pruneKinds));
    targets = targets == null ? Set.of() : Set.copyOf(targets);
  }

  /** Whether unmanaged resources of this kind are deleted. */
  public boolean prunes(String kind) {
    return pruneKinds.contains(kind);
  }
}
