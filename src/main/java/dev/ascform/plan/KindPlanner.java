package dev.ascform.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Plans one kind: desired vs state vs live. Package-private; {@link Planner} drives it. */
final class KindPlanner<D, L> {
  private final KindRules<D, L> kind;
  private final Map<Address, Desired<D>> desired;
  private final Map<Address, Managed> managed;
  private final boolean prune;
  private final PlanSettings settings;
  private final List<PlanWarning> warnings = new ArrayList<>();
  private final Map<String, L> liveById = new LinkedHashMap<>();
  private final Map<String, L> liveByKey = new LinkedHashMap<>();

  /** Apple ids by natural key, for keys several live resources share (never adopted by key). */
  private final Map<String, List<String>> shared = new TreeMap<>();

  private final Set<String> claimed = new HashSet<>();
  private final List<Change> changes = new ArrayList<>();
  private final Map<Address, String> liveDigests = new HashMap<>(); // sorted once, by Plan
  private final List<String> problems = new ArrayList<>();

  /** Desired addresses not in the state whose live resource the state has under another. */
  private final Map<Address, Managed> movedFrom = new HashMap<>();

  /** State addresses not desired whose live resource is declared under another address. */
  private final Map<Address, Address> movedTo = new HashMap<>();

  private final List<Unmanaged.Resource> unmanaged = new ArrayList<>();

  KindPlanner(KindSnapshot<D, L> snapshot, Map<Address, Managed> managed, PlanSettings settings) {
    this.kind = snapshot.kind();
    this.desired = snapshot.desired();
    this.managed = managed;
    this.settings = settings;
    this.prune = settings.prunes(kind.name());
    for (L l : snapshot.live()) {
      liveById.putIfAbsent(kind.appleId(l), l);
      L first = liveByKey.putIfAbsent(kind.liveNaturalKey(l), l);
      if (first != null) {
        shared
            .computeIfAbsent(
                kind.liveNaturalKey(l), k -> new ArrayList<>(List.of(kind.appleId(first))))
            .add(kind.appleId(l));
      }
    }
  }

  /**
   * The live resource with this natural key, or null; when several share it, none: the plan names
   * them all as a problem instead of adopting one of them at random.
   */
  private L liveByKey(Address a, String key) {
    List<String> ids = shared.get(key);
    if (ids != null) {
      problems.add(
          a
              + ": "
              + ids.size()
              + " "
              + kind.nounPlural()
              + " in Apple have \""
              + key
              + "\" ("
              + String.join(", ", ids)
              + "); ascform cannot tell which one is meant."
              + " Remove the extra one in Apple, or import one by id (ascform import "
              + a
              + " ID)");
      return null;
    }
    return liveByKey.get(key);
  }

  void plan() {
    checkUniqueKeys();
    // Managed entries claim their live resources first, so adoption never steals them.
    for (Managed m : managed.values()) {
      L l = findManaged(m);
      if (l != null) {
        claimed.add(kind.appleId(l));
      }
    }
    findMoves();
    Set<Address> addresses = new TreeSet<>(desired.keySet());
    addresses.addAll(managed.keySet());
    for (Address a : addresses) {
      Desired<D> d = desired.get(a);
      Managed m = managed.get(a);
      if (d != null && m != null) {
        planManaged(a, d, m);
      } else if (d != null) {
        planNew(a, d);
      } else {
        planRemoved(a, m);
      }
    }
    planUnmanaged();
  }

  private void checkUniqueKeys() {
    Map<String, Address> seen = new TreeMap<>();
    desired.forEach(
        (a, d) -> {
          Address other = seen.putIfAbsent(kind.naturalKey(d.resource()), a);
          if (other != null) {
            problems.add(
                other
                    + " and "
                    + a
                    + " both declare "
                    + kind.noun()
                    + " \""
                    + kind.naturalKey(d.resource())
                    + "\"");
          }
        });
  }

  /**
   * Pairs a state address that is no longer declared with the declared address of the same live
   * resource (a renamed block, or {@code state mv} with the config unchanged): the pair is a move,
   * never a delete of a resource that is still declared. A state address whose resource is declared
   * under an address that the state also has is only forgotten.
   */
  private void findMoves() {
    Map<String, Address> declaredByKey = new HashMap<>();
    desired.forEach((a, d) -> declaredByKey.putIfAbsent(kind.naturalKey(d.resource()), a));
    for (Managed m : managed.values()) {
      L l = desired.containsKey(m.address()) ? null : findManaged(m);
      Address to = l == null ? null : declaredByKey.get(kind.liveNaturalKey(l));
      if (to == null) {
        continue;
      }
      movedTo.put(m.address(), to);
      if (!managed.containsKey(to) && !movedFrom.containsKey(to)) {
        movedFrom.put(to, m);
      }
    }
  }

  private L findManaged(Managed m) {
    L l = m.appleId() == null ? null : liveById.get(m.appleId());
    return l != null ? l : m.naturalKey() == null ? null : liveByKey.get(m.naturalKey());
  }

  private void planManaged(Address a, Desired<D> d, Managed m) {
    L l = findManaged(m);
    if (l == null) {
      L byKey = liveByKey(a, kind.naturalKey(d.resource()));
      if (byKey != null && !claimed.contains(kind.appleId(byKey))) {
        claimed.add(kind.appleId(byKey));
        add(compare(a, d, byKey, m, false));
        return;
      }
      liveDigests.put(a, PlanFile.ABSENT);
      add(
          base(a, d, Action.CREATE, Reason.CREATE_BECAUSE_DELETED_OUTSIDE)
              .after(kind.desiredAttributes(d.resource()))
              .verb(kind.createVerb())
              .consequence(kind.createConsequence(d.resource()))
              .drift(true)
              .build());
      return;
    }
    add(compare(a, d, l, m, false));
  }

  private void planNew(Address a, Desired<D> d) {
    Managed from = movedFrom.get(a);
    if (from != null) {
      L l = findManaged(from);
      liveDigests.put(a, kind.liveDigest(l));
      Change c =
          new Comparison<>(kind, problems)
              .compare(base(a, d, Action.NO_OP, Reason.NO_CHANGE), a, d, l, from, true);
      List<Address> deps = new ArrayList<>(c.dependsOn());
      deps.add(from.address()); // a --target of the new address takes the forget along
      add(
          c.toBuilder()
              .dependsOn(deps)
              .reason(
                  c.reason() == Reason.ADOPT_BECAUSE_EXISTS
                      ? Reason.ADOPT_BECAUSE_MOVED
                      : c.reason())
              .consequence("the state entry moves here from " + from.address())
              .build());
      return;
    }
    L l = liveByKey(a, kind.naturalKey(d.resource()));
    if (l != null && claimed.add(kind.appleId(l))) {
      add(compare(a, d, l, null, true));
      return;
    }
    liveDigests.put(a, PlanFile.ABSENT);
    add(
        base(a, d, Action.CREATE, Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT)
            .after(kind.desiredAttributes(d.resource()))
            .verb(kind.createVerb())
            .consequence(kind.createConsequence(d.resource()))
            .build());
  }

  private Change compare(Address a, Desired<D> d, L l, Managed m, boolean adopt) {
    liveDigests.put(a, kind.liveDigest(l));
    Change c =
        new Comparison<>(kind, problems)
            .compare(base(a, d, Action.NO_OP, Reason.NO_CHANGE), a, d, l, m, adopt);
    expiry(d, l, c);
    return c;
  }

  /** A warning when a declared resource expired or expires within the window. */
  private void expiry(Desired<D> d, L l, Change c) {
    Instant expires = kind.expires(l);
    if (expires == null || expires.isAfter(settings.now().plus(settings.expiryWarning()))) {
      return;
    }
    boolean expired = !expires.isAfter(settings.now());
    long daysLeft = Duration.between(settings.now(), expires).toDays();
    String date = expires.toString().substring(0, 10);
    boolean renewed = c.action().isReplace();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("natural_key", c.naturalKey());
    details.put("apple_id", kind.appleId(l));
    details.put("expires", expires.toString());
    details.put("days_left", daysLeft);
    details.put("renewed_by_plan", renewed);
    warnings.add(
        new PlanWarning(
            kind.name() + (expired ? "_expired" : "_expiring"),
            c.address(),
            kind.noun()
                + " "
                + c.naturalKey()
                + (expired
                    ? " expired on " + date
                    : " expires on "
                        + date
                        + " (in "
                        + daysLeft
                        + (daysLeft == 1 ? " day)" : " days)"))
                + "; "
                + (renewed ? "this plan renews it" : kind.expiryAdvice(d.resource())),
            details));
  }

  private void planRemoved(Address a, Managed m) {
    L l = findManaged(m);
    if (l == null) {
      add(
          Change.builder(a, Action.FORGET, Reason.FORGET_BECAUSE_GONE)
              .rank(kind.rank())
              .naturalKey(m.naturalKey())
              .appleId(m.appleId())
              .before(m.attributes())
              .drift(true)
              .preventDestroy(m.preventDestroy())
              .build());
      return;
    }
    Address to = movedTo.get(a);
    if (to != null) {
      liveDigests.put(a, kind.liveDigest(l));
      add(
          Change.builder(a, Action.FORGET, Reason.FORGET_BECAUSE_MOVED)
              .rank(kind.rank())
              .naturalKey(m.naturalKey())
              .appleId(kind.appleId(l))
              .before(m.attributes())
              .consequence("the state entry moves to " + to + "; nothing changes in the account")
              .build());
      return;
    }
    Change c = removal(a, l, Reason.DELETE_BECAUSE_NOT_IN_CONFIG, m.preventDestroy());
    add(c);
  }

  private void planUnmanaged() {
    Set<String> takenNames = new HashSet<>();
    desired.keySet().forEach(a -> takenNames.add(a.name()));
    managed.keySet().forEach(a -> takenNames.add(a.name()));
    for (L l : liveById.values()) {
      if (claimed.contains(kind.appleId(l)) || !kind.isRemovable(l)) {
        continue;
      }
      if (!prune) {
        unmanaged.add(
            new Unmanaged.Resource(kind.liveNaturalKey(l), kind.appleId(l), kind.unmanagedNote(l)));
        continue;
      }
      String name = kind.unmanagedName(l).replaceAll("\\s", "_");
      if (!takenNames.add(name)) {
        name = name + "#" + kind.appleId(l);
      }
      add(removal(new Address(kind.name(), name), l, Reason.DELETE_BECAUSE_PRUNE, false));
    }
  }

  /** A delete, or for a retirable kind the retiring update (a forget when already retired). */
  private Change removal(Address a, L l, Reason reason, boolean preventDestroy) {
    Map<String, Object> before = kind.liveAttributes(l);
    liveDigests.put(a, kind.liveDigest(l));
    Change.Builder b =
        Change.builder(a, Action.DELETE, reason)
            .rank(kind.rank())
            .naturalKey(kind.liveNaturalKey(l))
            .appleId(kind.appleId(l))
            .before(before)
            .preventDestroy(preventDestroy);
    if (kind instanceof Deletable) {
      return b.verb(kind.deleteVerb()).consequence(kind.deleteConsequence(l)).build();
    }
    if (kind instanceof Retirable r) {
      Map<String, Object> after = r.retired(before);
      List<FieldDiff> diffs = FieldDiff.between(before, after, false);
      if (diffs.isEmpty()) {
        return b.action(Action.FORGET).reason(Reason.FORGET_BECAUSE_RETIRED).build();
      }
      return b.after(after)
          .fieldDiffs(diffs)
          .verb(r.retireVerb())
          .consequence(r.retireConsequence())
          .build();
    }
    problems.add(
        reason == Reason.DELETE_BECAUSE_PRUNE
            ? "prune is on for "
                + kind.name()
                + ", but "
                + kind.nounPlural()
                + " cannot be removed"
                + " from the account; turn prune off for this kind"
            : a
                + ": "
                + kind.nounPlural()
                + " cannot be removed from the account; keep it in the"
                + " configuration or forget it with `ascform state rm "
                + a
                + "`");
    return b.action(Action.FORGET).build();
  }

  private Change.Builder base(Address a, Desired<D> d, Action action, Reason reason) {
    return Change.builder(a, action, reason)
        .rank(kind.rank())
        .naturalKey(kind.naturalKey(d.resource()))
        .dependsOn(List.copyOf(kind.dependencies(d.resource())))
        .preventDestroy(d.preventDestroy())
        .desired(d.resource());
  }

  private void add(Change c) {
    changes.add(c);
  }

  List<Change> changes() {
    return changes;
  }

  Map<Address, String> liveDigests() {
    return liveDigests;
  }

  List<String> problems() {
    return problems;
  }

  /** The unmanaged live resources, by natural key. */
  List<Unmanaged.Resource> unmanaged() {
    List<Unmanaged.Resource> sorted = new ArrayList<>(unmanaged);
    sorted.sort(Comparator.comparing(Unmanaged.Resource::naturalKey));
    return sorted;
  }

  List<PlanWarning> warnings() {
    return warnings;
  }

  int managedCount() {
    return managed.size();
  }
}
