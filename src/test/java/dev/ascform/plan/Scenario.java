package dev.ascform.plan;

import dev.ascform.plan.FakeKinds.Live;
import dev.ascform.plan.FakeKinds.Res;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A small DSL for planner inputs: per kind, desired, live and state entries. */
public final class Scenario {
  private final Map<String, KindRules<Res, Live>> kinds = new LinkedHashMap<>();
  private final Map<String, Map<Address, Desired<Res>>> desired = new LinkedHashMap<>();
  private final Map<String, List<Live>> live = new LinkedHashMap<>();
  private final List<Managed> state = new ArrayList<>();
  private Set<String> prune = Set.of();
  private Set<Address> targets = Set.of();
  private Instant now = Instant.parse("2026-12-05T00:00:00Z");

  public Scenario kind(KindRules<Res, Live> kind) {
    kinds.put(kind.name(), kind);
    desired.put(kind.name(), new LinkedHashMap<>());
    live.put(kind.name(), new ArrayList<>());
    return this;
  }

  public Scenario desired(String address, Res res) {
    return desired(address, res, false);
  }

  public Scenario desired(String address, Res res, boolean preventDestroy) {
    Address a = Address.parse(address);
    desired.get(a.kind()).put(a, new Desired<>(res, preventDestroy));
    return this;
  }

  public Scenario live(String kind, Live l) {
    live.get(kind).add(l);
    return this;
  }

  /** A state entry recording exactly these applied attributes. */
  public Scenario state(String address, String appleId, String key, Map<String, Object> attrs) {
    return state(address, appleId, key, attrs, false);
  }

  public Scenario state(
      String address, String appleId, String key, Map<String, Object> attrs, boolean prevent) {
    state.add(new Managed(Address.parse(address), appleId, key, Digests.of(attrs), attrs, prevent));
    return this;
  }

  public Scenario prune(String... kindNames) {
    prune = Set.of(kindNames);
    return this;
  }

  public Scenario target(String... addresses) {
    Set<Address> t = new TreeSet<>();
    for (String a : addresses) {
      t.add(Address.parse(a));
    }
    targets = t;
    return this;
  }

  public List<Managed> state() {
    return state;
  }

  public Plan plan() {
    List<KindSnapshot<?, ?>> snaps = new ArrayList<>();
    kinds.forEach((n, k) -> snaps.add(new KindSnapshot<>(k, desired.get(n), live.get(n))));
    return new Planner()
        .plan(
            snaps,
            state,
            new PlanSettings(prune, targets, PlanSettings.DEFAULT_EXPIRY_WARNING, now));
  }

  public static Change only(Plan plan) {
    if (plan.changes().size() != 1) {
      throw new AssertionError("expected one change, got " + plan.changes());
    }
    return plan.changes().get(0);
  }

  public static Change at(Plan plan, String address) {
    return plan.changes().stream()
        .filter(c -> c.address().toString().equals(address))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change at " + address));
  }
}
