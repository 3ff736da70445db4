package dev.ascform.plan;

import dev.ascform.diag.DidYouMean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares desired, state and live, kind by kind, and returns an ordered {@link Plan}.
 *
 * <p>Per address: desired and in state: match live by Apple id, else by natural key; missing live
 * is a create (deleted outside), a difference an update or replace, else a no-op. Desired, not in
 * state, live under the natural key: adopt (and update or replace if it differs). Desired and
 * nowhere: create. In state, not desired: delete (retire for {@link Retirable} kinds; forget when
 * already gone). Live, in neither: counted as unmanaged, or deleted when the kind prunes. Then
 * {@code --target} keeps the targets and what they depend on, and the changes are sorted by {@link
 * ChangeOrder}. Problems that make a plan impossible are collected and thrown together as a {@link
 * PlanningException}. Safety is checked separately by {@link Plan#checkSafety}.
 */
public final class Planner {

  /** Plans every kind given; {@code state} holds the managed entries of all kinds. */
  public Plan plan(
      List<? extends KindSnapshot<?, ?>> snapshots,
      Collection<Managed> state,
      PlanSettings settings) {
    List<String> problems = new ArrayList<>();
    Map<String, Map<Address, Managed>> managedByKind = new TreeMap<>();
    state.forEach(
        m ->
            managedByKind
                .computeIfAbsent(m.address().kind(), k -> new TreeMap<>())
                .put(m.address(), m));
    List<KindSnapshot<?, ?>> ordered = new ArrayList<>(snapshots);
    ordered.sort(
        (a, b) ->
            a.kind().rank() != b.kind().rank()
                ? Integer.compare(a.kind().rank(), b.kind().rank())
                : a.kind().name().compareTo(b.kind().name()));

    List<Change> changes = new ArrayList<>();
    Map<Address, String> digests = new HashMap<>();
    Map<String, Integer> governed = new TreeMap<>();
    List<Unmanaged> unmanaged = new ArrayList<>();
    List<PlanWarning> warnings = new ArrayList<>();
    Map<String, KindRules<?, ?>> kinds = new LinkedHashMap<>();
    for (KindSnapshot<?, ?> s : ordered) {
      String name = s.kind().name();
      if (kinds.put(name, s.kind()) != null) {
        problems.add("kind " + name + " is given twice");
        continue;
      }
      KindPlanner<?, ?> kp = run(s, managedByKind.getOrDefault(name, Map.of()), settings);
      warnings.addAll(kp.warnings());
      problems.addAll(kp.problems());
      changes.addAll(kp.changes());
      digests.putAll(kp.liveDigests());
      long pruned =
          kp.changes().stream()
              .filter(
                  c ->
                      c.action().isDestroy()
                          && !managedByKind.getOrDefault(name, Map.of()).containsKey(c.address()))
              .count();
      governed.put(name, kp.managedCount() + (int) pruned);
      List<Unmanaged.Resource> left = kp.unmanaged();
      if (!left.isEmpty()) {
        unmanaged.add(
            new Unmanaged(name, s.kind().noun(), s.kind().nounPlural(), left.size(), left));
      }
    }
    for (String k : managedByKind.keySet()) {
      if (!kinds.containsKey(k)) {
        problems.add(
            "the state manages resources of kind \""
                + k
                + "\", which this plan did not"
                + " read; upgrade ascform or remove them with `ascform state rm`");
      }
    }
    Map<String, KindSnapshot<?, ?>> byKind = new TreeMap<>();
    ordered.forEach(s -> byKind.putIfAbsent(s.kind().name(), s));
    List<Change> kept =
        targeted(
            InvalidationCascade.apply(ReplaceCascade.apply(changes), byKind),
            settings.targets(),
            problems);
    if (!problems.isEmpty()) {
      throw new PlanningException(problems);
    }
    ChangeOrder.sort(kept);
    List<String> violations = new ArrayList<>();
    kinds.forEach(
        (name, kind) ->
            violations.addAll(
                policyViolations(
                    byKind.get(name), kept.stream().filter(c -> c.kind().equals(name)).toList())));
    Map<Address, String> keptDigests = new HashMap<>(); // Plan sorts them once
    kept.forEach(
        c -> {
          if (digests.containsKey(c.address())) {
            keptDigests.put(c.address(), digests.get(c.address()));
          }
        });
    Set<Address> keptAddresses = new TreeSet<>();
    kept.forEach(c -> keptAddresses.add(c.address()));
    return new Plan(
        kept,
        unmanaged,
        governed,
        keptDigests,
        violations,
        List.copyOf(new TreeSet<>(settings.targets())),
        PlanStats.EMPTY,
        null,
        warnings.stream()
            .filter(w -> w.address() == null || keptAddresses.contains(w.address()))
            .toList());
  }

  private static <D, L> List<String> policyViolations(
      KindSnapshot<D, L> snapshot, List<Change> changes) {
    return snapshot.kind().policyViolations(changes, snapshot.live());
  }

  private static <D, L> KindPlanner<D, L> run(
      KindSnapshot<D, L> s, Map<Address, Managed> managed, PlanSettings settings) {
    KindPlanner<D, L> kp = new KindPlanner<>(s, managed, settings);
    kp.plan();
    return kp;
  }

  /**
   * A "did you mean" for a {@code --target} that names nothing: the address whose natural key
   * (bundle identifier, UDID, ...) was written instead of its local name, else the closest one.
   */
  private static String targetHint(Address target, List<Change> changes) {
    for (Change c : changes) {
      if (c.address().kind().equals(target.kind()) && target.name().equals(c.naturalKey())) {
        return " (did you mean "
            + c.address()
            + "? "
            + target.name()
            + " is its natural key;"
            + " an address uses the config's local name)";
      }
    }
    List<String> known = changes.stream().map(c -> c.address().toString()).toList();
    return DidYouMean.suggest(target.toString(), known);
  }

  /** The changes of the targets and, transitively, of what they depend on. */
  private static List<Change> targeted(
      List<Change> changes, Set<Address> targets, List<String> problems) {
    if (targets.isEmpty()) {
      return new ArrayList<>(changes);
    }
    Map<Address, Change> byAddress = new TreeMap<>();
    changes.forEach(c -> byAddress.put(c.address(), c));
    Set<Address> keep = new TreeSet<>();
    Deque<Address> todo = new ArrayDeque<>();
    for (Address t : new TreeSet<>(targets)) {
      if (!byAddress.containsKey(t)) {
        problems.add(
            "--target "
                + t
                + ": no such resource in the configuration, the state or"
                + " the account"
                + targetHint(t, changes));
      }
      todo.add(t);
    }
    while (!todo.isEmpty()) {
      Address a = todo.poll();
      Change c = byAddress.get(a);
      if (c != null && keep.add(a)) {
        todo.addAll(c.dependsOn());
      }
    }
    List<Change> out = new ArrayList<>();
    changes.forEach(
        c -> {
          if (keep.contains(c.address())) {
            out.add(c);
          }
        });
    return out;
  }
}
