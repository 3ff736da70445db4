package dev.ascform.kinds;

import static dev.ascform.model.form.Field.optional;
import static dev.ascform.model.form.Field.required;

import dev.ascform.api.AscClient;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import dev.ascform.api.resources.Attributes;
import dev.ascform.api.resources.Requests;
import dev.ascform.export.ExportableChild;
import dev.ascform.live.LiveReads;
import dev.ascform.model.BetaGroupSpec;
import dev.ascform.model.DesiredState;
import dev.ascform.model.ResourceKind;
import dev.ascform.model.TesterSpec;
import dev.ascform.model.form.Def;
import dev.ascform.model.form.Obj;
import dev.ascform.model.form.Text;
import dev.ascform.plan.Action;
import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import dev.ascform.plan.Desired;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A tester's membership in one beta group, addressed {@code beta_tester.<group_key>/<email>}. A
 * missing tester is created into the group ({@code POST /v1/betaTesters}); an existing one is added
 * through {@code POST /v1/betaGroups/{id}/relationships/betaTesters}. Removal takes the tester out
 * of the group only ({@code DELETE} on the relationship): the tester stays in the account and in
 * its other groups. Apple id: {@code <group id>/<tester id>}. Internal groups take team members
 * only: the plan refuses a tester who is not an accepted user ({@link #policyViolations}). Prune
 * removes undeclared memberships of declared groups only. The applier batches creates and deletes
 * per group ({@link BatchOps}, {@link TesterBatches}).
 */
public final class BetaTesterKind
    implements KindOps<BetaTesterKind.Wanted, BetaTesterKind.Live>,
        DeleteOps,
        BatchOps<BetaTesterKind.Wanted, BetaTesterKind.Live>,
        ExportableChild<BetaTesterKind.Live> {

  /** A tester written inside a beta group entry. */
  static final Def TESTER =
      new Def(
          "Tester",
          Obj.of(
              required("email", Text.any().format("email")),
              optional("first_name", Text.any()),
              optional("last_name", Text.any())));

  /** The run's declared groups: {@code <bundle id>/<group name>} to the group's local name. */
  private final Map<String, String> declaredGroups;

  /** A kind for a run without configuration (no declared groups). */
  public BetaTesterKind() {
    this(RunContext.none());
  }

  /** The kind of this run. */
  public BetaTesterKind(RunContext run) {
    Map<String, String> groups = new HashMap<>();
    if (run.config() != null) {
      for (BetaGroupSpec g : run.config().betaGroups().values()) {
        groups.put(run.config().appOf(g).bundleId() + "/" + g.name(), g.key());
      }
    }
    this.declaredGroups = Map.copyOf(groups);
  }

  /**
   * A declared membership.
   *
   * @param teamMember whether the tester is an accepted user of the team, as read when planning
   *     (resolved; internal groups take team members only)
   */
  public record Wanted(
      Address group,
      String groupKey,
      String bundleId,
      String groupName,
      boolean internal,
      TesterSpec tester,
      boolean teamMember) {
    String email() {
      return tester.normalizedEmail();
    }
  }

  /** A live membership. */
  public record Live(String groupId, String testerId, String app, String groupName, String email) {}

  @Override
  public String createVerb() {
    return "add to group";
  }

  @Override
  public String deleteVerb() {
    return "remove from group";
  }

  @Override
  public String deleteConsequence(Live live) {
    return "the tester stays in the team and in their other groups";
  }

  @Override
  public String name() {
    return ResourceKind.BETA_TESTER.addressPrefix();
  }

  @Override
  public String noun() {
    return "beta tester membership";
  }

  @Override
  public int rank() {
    return 60;
  }

  @Override
  public String naturalKey(Wanted d) {
    return d.bundleId() + "/" + d.groupName() + "/" + d.email();
  }

  @Override
  public String liveNaturalKey(Live l) {
    return l.app() + "/" + l.groupName() + "/" + l.email();
  }

  @Override
  public String appleId(Live l) {
    return l.groupId() + "/" + l.testerId();
  }

  @Override
  public String unmanagedName(Live l) {
    return declaredGroups.getOrDefault(l.app() + "/" + l.groupName(), l.groupName())
        + "/"
        + l.email();
  }

  @Override
  public boolean isRemovable(Live l) {
    return declaredGroups.containsKey(l.app() + "/" + l.groupName());
  }

  @Override
  public Map<String, Object> desiredAttributes(Wanted d) {
    return attrs(d.email());
  }

  @Override
  public Map<String, Object> liveAttributes(Live l) {
    return attrs(l.email());
  }

  private static Map<String, Object> attrs(String email) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("email", email);
    return m;
  }

  @Override
  public Set<Address> dependencies(Wanted d) {
    return Set.of(d.group());
  }

  @Override
  public List<String> policyViolations(List<Change> changes, List<Live> live) {
    List<String> out = new ArrayList<>();
    for (Change c : changes) {
      if (c.action() == Action.CREATE
          && c.desired() instanceof Wanted w
          && w.internal()
          && !w.teamMember()) {
        out.add(
            c.address()
                + ": "
                + w.email()
                + " is not a member of the team (an accepted user):"
                + " internal groups take team members only; invite them as a user and add them"
                + " once they accept, or use an external group");
      }
    }
    return out;
  }

  @Override
  public Map<Address, Desired<Wanted>> desired(DesiredState state) {
    Map<Address, Desired<Wanted>> out = new TreeMap<>();
    for (BetaGroupSpec g : state.betaGroups().values()) {
      String bundleId = state.appOf(g).bundleId();
      for (TesterSpec t : g.testers()) {
        Address a = new Address(name(), g.key() + "/" + t.normalizedEmail());
        out.put(
            a,
            Desired.of(
                new Wanted(
                    Address.parse(g.address()),
                    g.key(),
                    bundleId,
                    g.name(),
                    g.internal(),
                    t,
                    false)));
      }
    }
    return out;
  }

  /**
   * Each declared membership with whether its tester is an accepted user of the team, from the
   * users the read already holds (no request of its own).
   */
  @Override
  public Map<Address, Desired<Wanted>> resolve(
      Map<Address, Desired<Wanted>> desired, List<Live> live, LiveReads reads) {
    Set<String> team = new HashSet<>();
    PeopleReads.users(reads).stream()
        .map(u -> lower(u.attributesAs(Attributes.User.class).username()))
        .filter(Objects::nonNull) // a user without one is warned about by UserKind
        .forEach(team::add);
    Map<Address, Desired<Wanted>> out = new TreeMap<>();
    desired.forEach(
        (a, d) -> {
          Wanted w = d.resource();
          out.put(
              a,
              new Desired<>(
                  new Wanted(
                      w.group(),
                      w.groupKey(),
                      w.bundleId(),
                      w.groupName(),
                      w.internal(),
                      w.tester(),
                      team.contains(w.email())),
                  d.preventDestroy()));
        });
    return out;
  }

  @Override
  public void prefetch(LiveReads reads) {
    PeopleReads.prefetch(
        reads, PeopleReads.TESTERS, PeopleReads.USERS, PeopleReads.GROUPS, PeopleReads.APPS);
  }

  @Override
  public List<Live> readAll(LiveReads reads) {
    Map<String, String> apps = PeopleReads.groupApps(reads);
    Map<String, BetaGroupKind.Live> groups = new HashMap<>();
    PeopleReads.groups(reads)
        .forEach(g -> groups.put(g.id(), BetaGroupKind.live(g, apps, 0, List.of())));
    List<Live> out = new ArrayList<>();
    for (PeopleReads.TesterGroups t : PeopleReads.testers(reads)) {
      String email = lower(email(t.tester())); // once per tester, not per membership
      for (String gid : t.groupIds()) {
        BetaGroupKind.Live g = groups.get(gid);
        if (g != null) {
          out.add(new Live(gid, t.tester().id(), g.app(), g.name(), email));
        }
      }
    }
    return out;
  }

  private static String email(Resource tester) {
    return tester.attributesAs(Attributes.BetaTester.class).email();
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  @Override
  public Live create(WriteContext ctx, Wanted d) {
    AscClient c = ctx.client();
    String groupId = ctx.appleIdOf(d.group());
    Optional<Resource> tester = c.lookups().findBetaTesterByEmail(d.tester().email());
    String testerId;
    if (tester.isPresent()) {
      testerId = tester.get().id();
      c.betaGroups().addBetaTesters(groupId, Requests.linkages("betaTesters", List.of(testerId)));
    } else {
      testerId =
          c.betaTesters()
              .create(
                  Requests.betaTesterCreate(
                      d.tester().email(),
                      d.tester().firstName().orElse(null),
                      d.tester().lastName().orElse(null),
                      List.of(groupId)))
              .data()
              .id();
    }
    return new Live(groupId, testerId, d.bundleId(), d.groupName(), d.email());
  }

  @Override
  public void delete(WriteContext ctx, String appleId) {
    String[] ids = appleId.split("/", 2);
    ctx.client()
        .betaGroups()
        .removeBetaTesters(ids[0], Requests.linkages("betaTesters", List.of(ids[1])));
  }

  @Override
  public Optional<Live> find(WriteContext ctx, Wanted d) {
    AscClient c = ctx.client();
    String groupId = ctx.appleIdOf(d.group());
    return c.lookups()
        .findBetaTesterByEmail(d.tester().email())
        .flatMap(t -> reread(ctx, groupId + "/" + t.id(), naturalKey(d)));
  }

  @Override
  public Optional<Live> reread(WriteContext ctx, String appleId, String naturalKey) {
    AscClient c = ctx.client();
    String[] ids = appleId.split("/", 2);
    List<ResourceRef> members =
        Not404.read(() -> c.pager().allRefs(() -> c.betaGroups().betaTesterIds(ids[0])))
            .orElse(List.of());
    if (members.stream().noneMatch(r -> r.id().equals(ids[1]))) {
      return Optional.empty();
    }
    Resource t = c.betaTesters().get(ids[1]).data();
    Resource g = c.betaGroups().get(ids[0]).data();
    // import reads by id alone: the group's app gives the bundle identifier of the natural key
    String app =
        naturalKey != null
            ? naturalKey.substring(0, naturalKey.indexOf('/'))
            : PeopleReads.bundleIdOfApp(c.apps().get(BetaGroupKind.appId(c, ids[0])).data());
    String group = g.attributesAs(Attributes.BetaGroup.class).name();
    return Optional.of(new Live(ids[0], ids[1], app, group, lower(email(t))));
  }

  @Override
  public String batchKey(Wanted d) {
    return d.group().toString();
  }

  @Override
  public String batchKeyOf(String appleId) {
    return appleId.substring(0, appleId.indexOf('/'));
  }

  @Override
  public List<Live> createAll(WriteContext ctx, List<Wanted> desired) {
    return new TesterBatches(ctx.client()).add(ctx.appleIdOf(desired.get(0).group()), desired);
  }

  @Override
  public void deleteAll(WriteContext ctx, List<String> appleIds) {
    new TesterBatches(ctx.client())
        .remove(
            batchKeyOf(appleIds.get(0)),
            appleIds.stream().map(id -> id.substring(id.indexOf('/') + 1)).toList());
  }

  /** Written inside its beta group's entry. */
  @Override
  public String parentAppleId(Live l) {
    return l.groupId();
  }
}
