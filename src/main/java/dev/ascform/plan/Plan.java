package dev.ascform.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * An ordered set of changes and what the renderers need around them. Immutable.
 *
 * @param changes every change in apply order, no-ops included
 * @param unmanaged per kind, the live resources left alone (prune off)
 * @param governed per kind, the resources the plan governs (managed in state, plus pruned ones):
 *     the denominator of the destroy threshold
 * @param liveDigests per address planned, {@link Digests#of} its live attributes, or {@link
 *     PlanFile#ABSENT} when nothing is live: a saved plan keeps those of the addresses it changes,
 *     and {@code apply FILE} compares them with a fresh plan's
 * @param policyViolations kind rules the plan breaks (never lifted by allow-destroy)
 * @param targets the {@code --target} addresses, empty for all
 * @param stats request counts and durations, filled by the caller
 * @param origin the target and account it was made against, filled by the caller (null in plans
 *     made without one, e.g. in tests, and in plan files written before it existed)
 * @param warnings what the reader must see that is not a change (expiring certificates, ...)
 */
public record Plan(
    List<Change> changes,
    List<Unmanaged> unmanaged,
    Map<String, Integer> governed,
    Map<Address, String> liveDigests,
    List<String> policyViolations,
    List<Address> targets,
    PlanStats stats,
    PlanOrigin origin,
    List<PlanWarning> warnings) {

  public Plan {
    changes = List.copyOf(changes);
    unmanaged = List.copyOf(unmanaged);
    // sorted maps, so that copying a plan's own maps (withStats...) is linear, not a re-sort
    governed = Collections.unmodifiableSortedMap(new TreeMap<>(governed));
    liveDigests = Collections.unmodifiableSortedMap(new TreeMap<>(liveDigests));
    policyViolations = List.copyOf(policyViolations);
    targets = List.copyOf(targets);
    stats = stats == null ? PlanStats.EMPTY : stats;
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** A plan without origin and warnings. */
  public Plan(
      List<Change> changes,
      List<Unmanaged> unmanaged,
      Map<String, Integer> governed,
      Map<Address, String> liveDigests,
      List<String> policyViolations,
      List<Address> targets,
      PlanStats stats) {
    this(
        changes,
        unmanaged,
        governed,
        liveDigests,
        policyViolations,
        targets,
        stats,
        null,
        List.of());
  }

  /**
   * A plan of just these changes (ordered by {@link ChangeOrder}), e.g. for the applier's tests.
   */
  public static Plan of(List<Change> changes) {
    List<Change> sorted = new ArrayList<>(changes);
    ChangeOrder.sort(sorted);
    return new Plan(sorted, List.of(), Map.of(), Map.of(), List.of(), List.of(), PlanStats.EMPTY);
  }

  /** This plan with the caller's request counts and timings. */
  public Plan withStats(PlanStats newStats) {
    return new Plan(
        changes,
        unmanaged,
        governed,
        liveDigests,
        policyViolations,
        targets,
        newStats,
        origin,
        warnings);
  }

  /** This plan with the target and account it was made against. */
  public Plan withOrigin(PlanOrigin newOrigin) {
    return new Plan(
        changes,
        unmanaged,
        governed,
        liveDigests,
        policyViolations,
        targets,
        stats,
        newOrigin,
        warnings);
  }

  /** This plan with these warnings added after its own. */
  public Plan withWarnings(List<PlanWarning> more) {
    List<PlanWarning> all = new ArrayList<>(warnings);
    all.addAll(more);
    return new Plan(
        changes, unmanaged, governed, liveDigests, policyViolations, targets, stats, origin, all);
  }

  /**
   * This plan with each change's {@link Change#desired} value converted: to the kinds' JSON form
   * before a plan file is written, back to the kinds' typed values after one is read. A change
   * without a value keeps none.
   */
  public Plan mapDesired(BiFunction<Change, Object, Object> convert) {
    List<Change> mapped =
        changes.stream()
            .map(
                c ->
                    c.desired() == null
                        ? c
                        : c.toBuilder().desired(convert.apply(c, c.desired())).build())
            .toList();
    return new Plan(
        mapped,
        unmanaged,
        governed,
        liveDigests,
        policyViolations,
        targets,
        stats,
        origin,
        warnings);
  }

  /** This plan with only the live digests of the addresses it changes (for a plan file). */
  public Plan withTouchedDigestsOnly() {
    Map<Address, String> touched = new TreeMap<>();
    for (Change c : actionable()) {
      if (liveDigests.containsKey(c.address())) {
        touched.put(c.address(), liveDigests.get(c.address()));
      }
    }
    return new Plan(
        changes, unmanaged, governed, touched, policyViolations, targets, stats, origin, warnings);
  }

  /** The changes that do something (no no-ops). */
  public List<Change> actionable() {
    return changes.stream().filter(c -> c.action().isChange()).toList();
  }

  /** The changes that found the account changed outside ascform. */
  public List<Change> drifted() {
    return changes.stream().filter(Change::drift).toList();
  }

  /** True when nothing would change (the {@code --detailed-exitcode} 0). */
  public boolean isEmpty() {
    return actionable().isEmpty();
  }

  /** The summary counts. */
  public Summary summary() {
    return Summary.of(changes);
  }

  /**
   * Refuses an unsafe plan: any delete or replace of a {@code prevent_destroy} resource, any kind
   * policy violation, and (unless the policy allows destroy) any kind whose deletes plus replaces
   * exceed the threshold share of its governed resources.
   *
   * @throws UnsafePlanException listing every problem, with counts and percentages
   */
  public void checkSafety(SafetyPolicy policy) {
    List<String> problems = new ArrayList<>();
    for (Change c : changes) {
      if (c.preventDestroy() && c.action().isDestroy()) {
        problems.add(
            c.address()
                + " has prevent_destroy: refusing to "
                + (c.action().isReplace() ? "replace" : c.verb())
                + " it ("
                + c.reason().sentence()
                + "). Remove prevent_destroy from its block first (if the block is gone, add it"
                + " back with prevent_destroy: false and apply).");
      }
    }
    problems.addAll(policyViolations);
    boolean thresholdHit = false;
    if (!policy.allowDestroy()) {
      for (Map.Entry<String, Integer> e : governed.entrySet()) {
        String kind = e.getKey();
        int total = e.getValue();
        long destroyed =
            changes.stream().filter(c -> c.kind().equals(kind) && c.action().isDestroy()).count();
        if (total < policy.minResources() || total == 0) {
          continue;
        }
        double share = (double) destroyed / total;
        if (share > policy.maxDestroyShare()) {
          thresholdHit = true;
          problems.add(
              String.format(
                  Locale.ROOT,
                  "%s: %d of %d resources would be deleted or replaced (%.1f %%), more than the"
                      + " threshold of %.0f %%",
                  kind,
                  destroyed,
                  total,
                  share * 100,
                  policy.maxDestroyShare() * 100));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new UnsafePlanException(problems, thresholdHit);
    }
  }
}
