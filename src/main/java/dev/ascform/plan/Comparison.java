package dev.ascform.plan;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares one desired resource with its live match: no-op, update, or replace (with the fields or
 * kind rules that forced it), flagged as adopt or drift. Package-private; {@link KindPlanner} uses
 * it.
 */
final class Comparison<D, L> {
  private final KindRules<D, L> kind;
  private final List<String> problems;

  Comparison(KindRules<D, L> kind, List<String> problems) {
    this.kind = kind;
    this.problems = problems;
  }

  Change compare(Change.Builder b, Address a, Desired<D> d, L l, Managed m, boolean adopt) {
    List<FieldDiff> diffs = kind.diff(d.resource(), l);
    List<FieldDiff> drift = m == null ? List.of() : Drift.of(m, kind.liveAttributes(l));
    boolean drifted = m != null && (!drift.isEmpty() || !Drift.sameResource(m, kind.appleId(l)));
    b.appleId(kind.appleId(l))
        .before(kind.liveAttributes(l))
        .after(kind.desiredAttributes(d.resource()))
        .fieldDiffs(diffs)
        .drift(drifted)
        .driftDiffs(drift)
        .adopt(adopt);
    List<String> forced = forcedBy(d, l, diffs);
    if (!forced.isEmpty()) {
      return replace(a, b, d, l, diffs, forced, adopt);
    }
    if (diffs.isEmpty()) {
      return adopt ? b.action(Action.ADOPT).reason(Reason.ADOPT_BECAUSE_EXISTS).build() : b.build();
    }
    Reason why =
        adopt
            ? Reason.ADOPT_BECAUSE_EXISTS
            : drifted
                ? Reason.UPDATE_BECAUSE_CHANGED_OUTSIDE
                : Reason.UPDATE_BECAUSE_CONFIG_DIFFERS;
    return b.action(Action.UPDATE).reason(why).verb(adopt ? "adopt and update" : "update").build();
  }

  private List<String> forcedBy(Desired<D> d, L l, List<FieldDiff> diffs) {
    Set<String> forced = new TreeSet<>(kind.replaceTriggers(d.resource(), l));
    for (FieldDiff f : diffs) {
      if (!(kind instanceof Updatable) || kind.immutableFields().stream().anyMatch(f::isUnder)) {
        forced.add(f.path());
      }
    }
    return List.copyOf(forced);
  }

  private Change replace(
      Address a,
      Change.Builder b,
      Desired<D> d,
      L l,
      List<FieldDiff> diffs,
      List<String> forced,
      boolean adopt) {
    if (!(kind instanceof Deletable)) {
      problems.add(
          a
              + ": "
              + String.join(", ", forced)
              + " cannot change, and "
              + kind.nounPlural()
              + " cannot be deleted to recreate them; change it back in the"
              + " configuration");
    }
    boolean ruleOnly = diffs.stream().noneMatch(f -> forced.contains(f.path()));
    Reason why =
        ruleOnly
            ? Reason.REPLACE_BECAUSE_KIND_RULE
            : kind instanceof Updatable
                ? Reason.REPLACE_BECAUSE_IMMUTABLE
                : Reason.REPLACE_BECAUSE_NOT_UPDATABLE;
    return b.action(kind.replaceOrder().action())
        .reason(why)
        .verb(adopt ? "adopt and replace" : "replace")
        .forcedBy(forced)
        .consequence(kind.replaceConsequence(d.resource(), l))
        .build();
  }
}
