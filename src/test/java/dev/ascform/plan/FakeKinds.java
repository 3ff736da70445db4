package dev.ascform.plan;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fake kinds for planner tests: plain attribute maps, no HTTP. */
public final class FakeKinds {
  private FakeKinds() {}

  /** A desired resource: natural key, attributes, dependencies. */
  public record Res(String key, Map<String, Object> attrs, Set<Address> deps) {
    public static Res of(String key, Object... kv) {
      return new Res(key, map(kv), Set.of());
    }

    public Res dependingOn(Address... addresses) {
      return new Res(key, attrs, Set.of(addresses));
    }
  }

  /** A live resource: Apple id, natural key, attributes. */
  public record Live(String id, String key, Map<String, Object> attrs) {
    public static Live of(String id, String key, Object... kv) {
      return new Live(id, key, map(kv));
    }
  }

  public static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** Base: a kind over maps with a name, rank and immutable fields. */
  public abstract static class Base implements KindRules<Res, Live> {
    private final String name;
    private final int rank;
    private final Set<String> immutable;

    Base(String name, int rank, Set<String> immutable) {
      this.name = name;
      this.rank = rank;
      this.immutable = immutable;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public int rank() {
      return rank;
    }

    @Override
    public String naturalKey(Res d) {
      return d.key();
    }

    @Override
    public String liveNaturalKey(Live l) {
      return l.key();
    }

    @Override
    public String appleId(Live l) {
      return l.id();
    }

    @Override
    public Map<String, Object> desiredAttributes(Res d) {
      return d.attrs();
    }

    @Override
    public Map<String, Object> liveAttributes(Live l) {
      return l.attrs();
    }

    @Override
    public Set<String> immutableFields() {
      return immutable;
    }

    @Override
    public Set<Address> dependencies(Res d) {
      return d.deps();
    }
  }

  /** Like bundle IDs: updatable, deletable, platform immutable, delete before create. */
  public static final class AppIds extends Base implements Updatable, Deletable {
    public AppIds() {
      super("app_id", 0, Set.of("platform"));
    }

    @Override
    public String noun() {
      return "app ID";
    }
  }

  /** Like capabilities: depend on an app ID. */
  public static final class Features extends Base implements Updatable, Deletable {
    public Features() {
      super("feature", 1, Set.of());
    }
  }

  /** Like certificates: immutable, create the new one before deleting the old. */
  public static final class Certs extends Base implements Deletable {
    public Certs() {
      super("cert", 1, Set.of());
    }

    @Override
    public Instant expires(Live l) {
      Object e = l.attrs().get("expires");
      return e == null ? null : Instant.parse((String) e);
    }

    @Override
    public ReplaceOrder replaceOrder() {
      return ReplaceOrder.CREATE_THEN_DELETE;
    }

    @Override
    public String replaceConsequence(Res d, Live l) {
      return "profiles that include it become invalid";
    }
  }

  /** Like devices: never deleted, disabled instead. */
  public static final class Gadgets extends Base implements Updatable, Retirable {
    public Gadgets() {
      super("gadget", 0, Set.of("platform"));
    }

    @Override
    public Map<String, Object> retired(Map<String, Object> live) {
      Map<String, Object> m = new LinkedHashMap<>(live);
      m.put("status", "DISABLED");
      return m;
    }

    @Override
    public boolean isRemovable(Live l) {
      return !"DISABLED".equals(l.attrs().get("status"));
    }

    @Override
    public String retireConsequence() {
      return "gadgets cannot be deleted; it is disabled";
    }
  }

  /** Like users: refuses to remove the holder. */
  public static final class Members extends Base implements Updatable, Deletable {
    public Members() {
      super("member", 0, Set.of());
    }

    @Override
    public List<String> policyViolations(List<Change> changes, List<Live> live) {
      return changes.stream()
          .filter(
              c ->
                  c.action().isDestroy()
                      && c.before() != null
                      && "HOLDER".equals(c.before().get("role")))
          .map(c -> c.address() + " is the account holder and can never be removed")
          .toList();
    }
  }
}
