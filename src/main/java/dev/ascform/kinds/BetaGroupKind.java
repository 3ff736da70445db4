package dev.ascform.kinds;

import static dev.ascform.model.form.Field.optional;
import static dev.ascform.model.form.Field.required;

import dev.ascform.api.AscClient;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import dev.ascform.api.resources.Attributes;
import dev.ascform.api.resources.Requests;
import dev.ascform.api.resources.Requests.BetaGroupAttributes;
import dev.ascform.config.ConfigForm;
import dev.ascform.export.ExportContext;
import dev.ascform.export.ExportEntry;
import dev.ascform.export.Exportable;
import dev.ascform.export.Names;
import dev.ascform.live.LiveReads;
import dev.ascform.model.BetaGroupSpec;
import dev.ascform.model.DesiredState;
import dev.ascform.model.ResourceKind;
import dev.ascform.model.form.Def;
import dev.ascform.model.form.Entry;
import dev.ascform.model.form.Flag;
import dev.ascform.model.form.ListOf;
import dev.ascform.model.form.LocalName;
import dev.ascform.model.form.Num;
import dev.ascform.model.form.Obj;
import dev.ascform.model.form.OneOf;
import dev.ascform.model.form.Ref;
import dev.ascform.model.form.Section;
import dev.ascform.model.form.Text;
import dev.ascform.plan.Address;
import dev.ascform.plan.Desired;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * TestFlight beta groups, keyed by app bundle ID and name. The state's Apple id follows a group
 * through a rename (updated in place). Name, public link (enabled, limit) and feedback are updated
 * in place; app, internal and access to all builds are fixed by Apple: a difference replaces the
 * group, and the plan says what that costs (its testers and its public link).
 */
public final class BetaGroupKind
    implements Exportable<BetaGroupKind.Live>,
        KindOps<BetaGroupKind.Wanted, BetaGroupKind.Live>,
        UpdateOps<BetaGroupKind.Wanted, BetaGroupKind.Live>,
        DeleteOps {

  /** A declared group with its app's bundle identifier. */
  public record Wanted(BetaGroupSpec spec, String bundleId) {}

  /** A live group; {@code testers} is how many testers it has (for replace consequences). */
  public record Live(
      String id,
      String app,
      String name,
      boolean internal,
      boolean allBuilds,
      boolean publicLinkEnabled,
      Integer publicLinkLimit,
      boolean feedbackEnabled,
      int testers,
      List<String> builds) {}

  /**
   * The builds of the apps whose groups name or hold builds, as read this run: the one read cache a
   * kind still keeps, because the applier's read-back of a group labels its builds with it
   * (docs/ARCHITECTURE.md, "Per-run state").
   */
  private volatile GroupBuilds builds = new GroupBuilds();

  /** The run's declared groups' build keys ({@code <bundle id>|<version>}), from its config. */
  private final Set<String> appVersions;

  /** A kind for a run without configuration. */
  public BetaGroupKind() {
    this(RunContext.none());
  }

  /** The kind of this run. */
  public BetaGroupKind(RunContext run) {
    Set<String> versions = new TreeSet<>();
    if (run.config() != null) {
      run.config()
          .betaGroups()
          .values()
          .forEach(
              g -> versions.addAll(GroupBuilds.keys(run.config().appOf(g).bundleId(), g.builds())));
    }
    this.appVersions = Set.copyOf(versions);
  }

  @Override
  public String name() {
    return ResourceKind.BETA_GROUP.addressPrefix();
  }

  @Override
  public String noun() {
    return "beta group";
  }

  @Override
  public int rank() {
    return 50;
  }

  @Override
  public String naturalKey(Wanted d) {
    return d.bundleId() + "/" + d.spec().name();
  }

  @Override
  public String liveNaturalKey(Live l) {
    return l.app() + "/" + l.name();
  }

  @Override
  public String appleId(Live l) {
    return l.id();
  }

  @Override
  public Map<String, Object> desiredAttributes(Wanted d) {
    BetaGroupSpec g = d.spec();
    return attrs(
        d.bundleId(),
        g.name(),
        g.internal(),
        g.hasAccessToAllBuilds(),
        g.publicLink().enabled(),
        g.publicLink().limit().orElse(null),
        g.feedbackEnabled(),
        builds.wanted(d.bundleId(), g.builds()));
  }

  @Override
  public Map<String, Object> liveAttributes(Live l) {
    return attrs(
        l.app(),
        l.name(),
        l.internal(),
        l.allBuilds(),
        l.publicLinkEnabled(),
        l.publicLinkLimit(),
        l.feedbackEnabled(),
        l.builds());
  }

  private static Map<String, Object> attrs(
      String app,
      String name,
      boolean internal,
      boolean allBuilds,
      boolean link,
      Integer limit,
      boolean feedback,
      List<String> builds) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("app", app);
    m.put("name", name);
    m.put("internal", internal);
    m.put("has_access_to_all_builds", allBuilds);
    if (!internal) {
      m.put("public_link_enabled", link);
      if (link && limit != null) {
        m.put("public_link_limit", limit);
      }
    }
    m.put("feedback_enabled", feedback);
    if (builds != null) {
      m.put("builds", builds);
    }
    return m;
  }

  @Override
  public Set<String> immutableFields() {
    return Set.of("app", "internal", "has_access_to_all_builds");
  }

  @Override
  public String replaceConsequence(Wanted d, Live l) {
    String s =
        "drops its "
            + l.testers()
            + " tester(s) (they are added again, and get a new"
            + " invitation) and its builds";
    return l.publicLinkEnabled() ? s + ", invalidates the public link" : s;
  }

  @Override
  public Set<Address> dependencies(Wanted d) {
    return Set.of();
  }

  @Override
  public Map<Address, Desired<Wanted>> desired(DesiredState state) {
    Map<Address, Desired<Wanted>> out = new TreeMap<>();
    state
        .betaGroups()
        .values()
        .forEach(
            g -> {
              String bundleId = state.appOf(g).bundleId();
              out.put(
                  Address.parse(g.address()),
                  new Desired<>(new Wanted(g, bundleId), g.preventDestroy()));
            });
    return out;
  }

  @Override
  public void prefetch(LiveReads reads) {
    PeopleReads.prefetch(reads, PeopleReads.TESTERS, PeopleReads.GROUPS, PeopleReads.APPS);
  }

  @Override
  public List<Live> readAll(LiveReads reads) {
    Map<String, String> apps = PeopleReads.groupApps(reads);
    List<Resource> groups = PeopleReads.groups(reads);
    AscClient c = reads.client();
    Map<String, String> withBuilds = appsWithBuilds(apps, groups);
    GroupBuilds known =
        withBuilds.isEmpty()
            ? new GroupBuilds()
            : reads.shared("builds", cl -> GroupBuilds.read(cl, withBuilds));
    builds = known;
    Map<String, Integer> counts = new HashMap<>();
    PeopleReads.testers(reads)
        .forEach(t -> t.groupIds().forEach(g -> counts.merge(g, 1, Integer::sum)));
    List<Live> out = new ArrayList<>();
    for (Resource r : groups) {
      List<String> labels =
          known.labels(
              c, c.relationships().refs(r, "builds", () -> c.betaGroups().buildIds(r.id())));
      Live l = live(r, apps, counts.getOrDefault(r.id(), 0), labels);
      if (l.app() == null) {
        String appId = appIdOf(r);
        reads.warn(
            "beta group \""
                + l.name()
                + "\" ("
                + r.id()
                + "): "
                + (appId == null
                    ? "Apple's answer links it to no app"
                    : "its app " + appId + " is neither included nor among the account's apps")
                + "; ascform cannot name its app, leaves it alone and does not export it");
      }
      out.add(l);
    }
    return out;
  }

  /**
   * The apps (Apple id to bundle identifier) whose builds the plan needs: those of declared groups
   * that name builds, and those of live groups that hold builds.
   */
  private Map<String, String> appsWithBuilds(Map<String, String> apps, List<Resource> groups) {
    Set<String> declared = new HashSet<>();
    appVersions.forEach(k -> declared.add(k.substring(0, k.indexOf('|'))));
    Map<String, String> out = new HashMap<>();
    apps.forEach(
        (id, bundle) -> {
          if (declared.contains(bundle)) {
            out.put(id, bundle);
          }
        });
    for (Resource g : groups) {
      var b = g.relationship("builds");
      var a = g.relationship("app");
      boolean holds =
          b != null
              && (!b.refs().isEmpty() || !b.hasData() || (b.total() != null && b.total() > 0));
      if (holds && a != null && !a.refs().isEmpty()) {
        String id = a.refs().get(0).id();
        if (apps.containsKey(id)) {
          out.put(id, apps.get(id));
        }
      }
    }
    return out;
  }

  /**
   * A live group with its app's bundle identifier, or a null app when nothing names the app (never
   * the app's numeric Apple id in its place).
   */
  static Live live(Resource r, Map<String, String> apps, int testers, List<String> builds) {
    String appId = appIdOf(r);
    return live(r, appId == null ? null : apps.get(appId), testers, builds);
  }

  private static String appIdOf(Resource r) {
    var rel = r.relationship("app");
    List<ResourceRef> app = rel == null ? List.of() : rel.refs();
    return app.isEmpty() ? null : app.get(0).id();
  }

  private static Live live(Resource r, String bundleId, int testers, List<String> builds) {
    Attributes.BetaGroup a = r.attributesAs(Attributes.BetaGroup.class);
    boolean limited = Boolean.TRUE.equals(a.publicLinkLimitEnabled());
    return new Live(
        r.id(),
        bundleId,
        a.name(),
        Boolean.TRUE.equals(a.isInternalGroup()),
        Boolean.TRUE.equals(a.hasAccessToAllBuilds()),
        Boolean.TRUE.equals(a.publicLinkEnabled()),
        limited ? a.publicLinkLimit() : null,
        !Boolean.FALSE.equals(a.feedbackEnabled()),
        testers,
        builds);
  }

  private static BetaGroupAttributes attributes(BetaGroupSpec g, boolean create) {
    boolean external = !g.internal();
    Integer limit = g.publicLink().limit().orElse(null);
    return new BetaGroupAttributes(
        g.name(),
        create ? g.internal() : null,
        create && g.internal() ? g.hasAccessToAllBuilds() : null,
        external ? g.publicLink().enabled() : null,
        external && g.publicLink().enabled() ? limit != null : null,
        external && g.publicLink().enabled() ? limit : null,
        g.feedbackEnabled());
  }

  @Override
  public Live create(WriteContext ctx, Wanted d) {
    AscClient c = ctx.client();
    Resource r =
        c.betaGroups()
            .create(
                Requests.betaGroupCreate(
                    PeopleReads.appId(c, d.bundleId()), attributes(d.spec(), true)))
            .data();
    syncBuilds(c, r.id(), d);
    return reread(ctx, r.id(), null).orElseThrow();
  }

  @Override
  public Live update(WriteContext ctx, String appleId, Wanted d) {
    ctx.client()
        .betaGroups()
        .update(appleId, Requests.betaGroupUpdate(appleId, attributes(d.spec(), false)));
    syncBuilds(ctx.client(), appleId, d);
    return reread(ctx, appleId, null).orElseThrow();
  }

  @Override
  public void delete(WriteContext ctx, String appleId) {
    ctx.client().betaGroups().delete(appleId);
  }

  @Override
  public Optional<Live> find(WriteContext ctx, Wanted d) {
    AscClient c = ctx.client();
    return c.lookups()
        .findBetaGroup(PeopleReads.appId(c, d.bundleId()), d.spec().name())
        .flatMap(r -> reread(ctx, r.id(), null));
  }

  @Override
  public Optional<Live> reread(WriteContext ctx, String appleId, String naturalKey) {
    AscClient c = ctx.client();
    return Not404.read(() -> c.betaGroups().getWithApp(appleId))
        .map(
            doc -> {
              String appId = appIdOf(doc.data());
              String bundleId =
                  doc.included().stream()
                      .filter(i -> i.type().equals("apps"))
                      .map(PeopleReads::bundleIdOfApp)
                      .filter(Objects::nonNull)
                      .findFirst()
                      .orElseGet(
                          () -> appId == null ? null : c.lookups().appBundleIds().get(appId));
              return live(
                  doc.data(),
                  bundleId,
                  0,
                  builds.labels(c, c.pager().allRefs(() -> c.betaGroups().buildIds(appleId))));
            });
  }

  /** Adds and removes builds so that the group has the wanted ones (when it manages builds). */
  private void syncBuilds(AscClient c, String groupId, Wanted d) {
    List<String> wanted = builds.wanted(d.bundleId(), d.spec().builds());
    if (wanted == null) {
      return;
    }
    List<String> ids = new ArrayList<>();
    for (String label : wanted) {
      String id = builds.idOf(d.bundleId(), label);
      if (id == null) {
        throw new IllegalStateException(
            "no build "
                + label
                + " of "
                + d.bundleId()
                + " in the account (a valid, unexpired one for latest)");
      }
      ids.add(id);
    }
    List<String> now =
        c.pager().allRefs(() -> c.betaGroups().buildIds(groupId)).stream()
            .map(ResourceRef::id)
            .toList();
    List<String> add = ids.stream().filter(id -> !now.contains(id)).toList();
    List<String> remove = now.stream().filter(id -> !ids.contains(id)).toList();
    if (!add.isEmpty()) {
      c.betaGroups().addBuilds(groupId, Requests.linkages("builds", add));
    }
    if (!remove.isEmpty()) {
      c.betaGroups().removeBuilds(groupId, Requests.linkages("builds", remove));
    }
  }

  /** The Apple id of a beta group's app (also for tester imports). */
  static String appId(AscClient c, String groupId) {
    String id = appIdOf(c.betaGroups().getWithApp(groupId).data());
    if (id == null) {
      throw new IllegalStateException("Apple's beta group " + groupId + " is linked to no app");
    }
    return id;
  }

  /** A build by its version and build number. */
  static final Def BUILD_REF =
      new Def(
          "BuildRef",
          Obj.of(
              required("version", Ref.to(ConfigForm.VERSION_STRING)),
              required("build", Ref.to(ConfigForm.VERSION_STRING))));

  /** Which builds a group tests: a list, or the latest of a version. */
  static final Def BUILD_SELECTION =
      new Def(
          "BuildSelection",
          OneOf.of(
              "a list of {version, build}, or {latest: {version, platform}}",
              ListOf.of(Ref.to(BUILD_REF)),
              Obj.of(
                  required(
                      "latest",
                      Obj.of(
                          optional("version", Ref.to(ConfigForm.VERSION_STRING)),
                          optional("platform", Ref.to(ConfigForm.APP_PLATFORM)))))));

  /** The {@code beta_groups} section, its testers inside each entry. */
  public static final Section SECTION =
      new Section(
          "beta_groups",
          "TestFlight beta groups, by local name.",
          new Def(
              "BetaGroup",
              Obj.of(
                  required("app", LocalName.in("apps")),
                  required("name", Text.nonEmpty()),
                  optional("internal", Flag.plain()),
                  optional("has_access_to_all_builds", Flag.plain()),
                  optional(
                      "public_link",
                      Obj.of(
                          optional("enabled", Flag.plain()),
                          optional("limit", Num.whole(1L, 10_000L)))),
                  optional("feedback_enabled", Flag.plain()),
                  optional("testers", ListOf.of(Ref.to(BetaTesterKind.TESTER))),
                  optional("builds", Ref.to(BUILD_SELECTION)),
                  ConfigForm.preventDestroy())));

  @Override
  public Section section() {
    return SECTION;
  }

  @Override
  public String exportName(Live l) {
    return Names.ofIdentifier(String.valueOf(l.app())) + "_" + Names.snake(l.name(), "group");
  }

  @Override
  public String notExported(Live l, ExportContext ctx) {
    return l.app() == null ? "ascform cannot name its app" : null;
  }

  @Override
  public Set<String> appsReferenced(Live l) {
    return l.app() == null ? Set.of() : Set.of(l.app());
  }

  /**
   * App, name, access, public link, feedback and testers by email. Builds are written only as a
   * comment: the API gives a build's number, not its marketing version, without another read.
   */
  @Override
  public ExportEntry exportEntry(Live l, ExportContext ctx) {
    Entry m = SECTION.entry().put("app", ctx.appName(l.app())).put("name", l.name());
    if (l.internal()) {
      m.put("internal", true);
      m.put("has_access_to_all_builds", l.allBuilds());
    } else {
      Entry link = m.nested("public_link").put("enabled", l.publicLinkEnabled());
      if (l.publicLinkEnabled() && l.publicLinkLimit() != null) {
        link.put("limit", l.publicLinkLimit());
      }
      m.put("public_link", link.build());
    }
    m.put("feedback_enabled", l.feedbackEnabled());
    List<Object> testers = new ArrayList<>();
    ctx.<BetaTesterKind.Live>children(ResourceKind.BETA_TESTER.addressPrefix(), l.id()).stream()
        .map(BetaTesterKind.Live::email)
        .distinct()
        .sorted()
        .forEach(e -> testers.add(m.item("testers").put("email", e).build()));
    if (!testers.isEmpty()) {
      m.put("testers", testers);
    }
    String comment =
        l.builds() == null || l.builds().isEmpty()
            ? null
            : "builds in Apple (declare them with their version to manage them): "
                + String.join(", ", l.builds());
    return new ExportEntry(m.build(), comment);
  }
}
