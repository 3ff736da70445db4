package dev.ascform.plan;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One kind's input to the planner: its desired resources by address and everything live.
 *
 * @param kind the kind
 * @param desired the desired resources by address (all of this kind)
 * @param live every live resource of this kind in the account
 */
public record KindSnapshot<D, L>(
    KindRules<D, L> kind, Map<Address, Desired<D>> desired, List<L> live) {
  public KindSnapshot {
    Objects.requireNonNull(kind, "kind");
    desired = desired == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(desired));
    live = live == null ? List.of() : List.copyOf(live);
    for (Address a : desired.keySet()) {
      if (!a.kind().equals(kind.name())) {
        throw new IllegalArgumentException(a + " is not of kind " + kind.name());
      }
    }
  }
}
