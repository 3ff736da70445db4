package dev.ascform.kinds;

import static dev.ascform.model.form.Field.optional;
import static dev.ascform.model.form.Field.required;

import dev.ascform.api.AscClient;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import dev.ascform.api.resources.Attributes;
import dev.ascform.api.resources.Requests;
import dev.ascform.config.ConfigForm;
import dev.ascform.export.ExportContext;
import dev.ascform.export.ExportEntry;
import dev.ascform.export.Exportable;
import dev.ascform.live.LiveReads;
import dev.ascform.model.DesiredState;
import dev.ascform.model.ResourceKind;
import dev.ascform.model.UserRole;
import dev.ascform.model.UserSpec;
import dev.ascform.model.form.Def;
import dev.ascform.model.form.Entry;
import dev.ascform.model.form.Flag;
import dev.ascform.model.form.ListOf;
import dev.ascform.model.form.LocalName;
import dev.ascform.model.form.Obj;
import dev.ascform.model.form.Ref;
import dev.ascform.model.form.Section;
import dev.ascform.model.form.Text;
import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import dev.ascform.plan.Desired;
import dev.ascform.plan.FieldDiff;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Team members by email: an accepted user or a pending invitation (one identity either way). A
 * declared person who is neither is invited. An invitation cannot change: a different one is
 * cancelled and sent again ({@code -/+}). A user's roles, all-apps-visible, provisioning-allowed
 * and visible apps are updated in place (names cannot change once accepted and are not compared).
 * Removal (prune or a removed entry) never touches the account holder nor leaves fewer admins than
 * {@code settings.min_admins} ({@link #policyViolations}). Invitation Apple ids carry the prefix
 * {@value #INVITATION}: users and invitations are separate resources in Apple.
 */
public final class UserKind
    implements Exportable<UserKind.Live>,
        KindOps<UserKind.Wanted, UserKind.Live>,
        UpdateOps<UserKind.Wanted, UserKind.Live>,
        DeleteOps {
  /** The prefix of an invitation's Apple id. */
  public static final String INVITATION = "invitation:";

  /** {@code settings.min_admins} of the run: the fewest admins a plan may leave. */
  private final int minAdmins;

  /** A kind for a run without configuration (the default of one admin). */
  public UserKind() {
    this(RunContext.none());
  }

  /** The kind of this run. */
  public UserKind(RunContext run) {
    this.minAdmins = run.settings().minAdmins();
  }

  /** A declared user with its visible apps as bundle identifiers. */
  public record Wanted(UserSpec spec, List<String> visibleBundleIds) {}

  /** A live user or pending invitation. */
  public record Live(
      String id,
      boolean invitation,
      String email,
      String firstName,
      String lastName,
      List<String> roles,
      boolean allAppsVisible,
      boolean provisioningAllowed,
      List<String> visibleApps,
      List<String> unnamedAppIds) {
    boolean admin() {
      return roles.contains("ADMIN") || roles.contains("ACCOUNT_HOLDER");
    }
  }

  @Override
  public String createVerb() {
    return "invite";
  }

  @Override
  public List<String> unknownValues(Live l) {
    return new KnownValues().checkAll("role", l.roles(), UserRole.class).unknown();
  }

  @Override
  public String createConsequence(Wanted desired) {
    return "Apple emails an invitation to "
        + desired.spec().email()
        + "; they become a user when they accept it";
  }

  @Override
  public String deleteVerb() {
    return "remove";
  }

  @Override
  public String deleteConsequence(Live live) {
    return live.invitation()
        ? "the pending invitation is cancelled"
        : live.email() + " loses access to this team in App Store Connect";
  }

  @Override
  public String name() {
    return ResourceKind.USER.addressPrefix();
  }

  @Override
  public int rank() {
    return 40;
  }

  @Override
  public String naturalKey(Wanted d) {
    return d.spec().normalizedEmail();
  }

  @Override
  public String liveNaturalKey(Live l) {
    return l.email();
  }

  @Override
  public String appleId(Live l) {
    return l.invitation() ? INVITATION + l.id() : l.id();
  }

  @Override
  public Map<String, Object> desiredAttributes(Wanted d) {
    UserSpec u = d.spec();
    List<String> roles = new ArrayList<>();
    u.roles().forEach(r -> roles.add(r.name()));
    return attrs(
        u.normalizedEmail(),
        u.firstName(),
        u.lastName(),
        roles,
        u.allAppsVisible(),
        u.provisioningAllowed(),
        u.allAppsVisible() ? List.of() : d.visibleBundleIds());
  }

  @Override
  public Map<String, Object> liveAttributes(Live l) {
    Map<String, Object> m =
        attrs(
            l.email(),
            l.firstName(),
            l.lastName(),
            l.roles(),
            l.allAppsVisible(),
            l.provisioningAllowed(),
            l.allAppsVisible() ? List.of() : l.visibleApps());
    m.put("status", l.invitation() ? "invited" : "accepted");
    return m;
  }

  private static Map<String, Object> attrs(
      String email,
      String first,
      String last,
      List<String> roles,
      boolean all,
      boolean provisioning,
      List<String> apps) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("email", email);
    m.put("first_name", first);
    m.put("last_name", last);
    m.put("roles", List.copyOf(new TreeSet<>(roles)));
    m.put("all_apps_visible", all);
    m.put("provisioning_allowed", provisioning);
    m.put("visible_apps", List.copyOf(new TreeSet<>(apps)));
    return m;
  }

  @Override
  public List<FieldDiff> diff(Wanted d, Live l) {
    List<FieldDiff> all = FieldDiff.between(liveAttributes(l), desiredAttributes(d), true);
    if (l.invitation()) {
      return all;
    }
    return all.stream().filter(f -> !f.isUnder("first_name") && !f.isUnder("last_name")).toList();
  }

  @Override
  public List<String> replaceTriggers(Wanted d, Live l) {
    return l.invitation() && !diff(d, l).isEmpty()
        ? List.of("invitations cannot be changed")
        : List.of();
  }

  @Override
  public String replaceConsequence(Wanted d, Live l) {
    return l.invitation()
        ? "the invitation is cancelled and sent again; the person gets a new" + " email"
        : null;
  }

  @Override
  public List<String> policyViolations(List<Change> changes, List<Live> live) {
    List<String> out = new ArrayList<>();
    Map<String, Boolean> admins = new TreeMap<>();
    live.stream()
        .filter(l -> !l.invitation() && l.admin())
        .forEach(l -> admins.put(l.email(), true));
    boolean lowers = false;
    for (Change c : changes) {
      boolean holder = roles(c.before()).contains("ACCOUNT_HOLDER");
      if (c.action().isDestroy() && c.after() == null) {
        if (holder) {
          out.add(
              c.address()
                  + ": "
                  + c.naturalKey()
                  + " is the account holder and cannot be"
                  + " removed; declare them in the configuration");
        }
        lowers |= admins.remove(c.naturalKey()) != null;
      } else if (admins.containsKey(c.naturalKey()) && c.after() != null) {
        List<String> now = roles(c.after());
        if (!now.contains("ADMIN") && !now.contains("ACCOUNT_HOLDER")) {
          admins.remove(c.naturalKey());
          lowers = true;
        }
      }
    }
    if (lowers && admins.size() < minAdmins) {
      out.add(
          "this plan leaves "
              + admins.size()
              + " admin(s); settings.min_admins is "
              + minAdmins
              + ": keep "
              + minAdmins
              + " users with the ADMIN role");
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> roles(Map<String, Object> attrs) {
    return attrs == null || !(attrs.get("roles") instanceof List<?> l)
        ? List.of()
        : (List<String>) l;
  }

  @Override
  public Map<Address, Desired<Wanted>> desired(DesiredState state) {
    Map<Address, Desired<Wanted>> out = new TreeMap<>();
    state
        .users()
        .values()
        .forEach(
            u -> {
              List<String> apps =
                  u.visibleApps().stream()
                      .map(k -> state.apps().get(k).bundleId())
                      .sorted()
                      .toList();
              out.put(
                  Address.parse(u.address()),
                  new Desired<>(new Wanted(u, apps), u.preventDestroy()));
            });
    return out;
  }

  @Override
  public void prefetch(LiveReads reads) {
    PeopleReads.prefetch(reads, PeopleReads.USERS, PeopleReads.INVITATIONS, PeopleReads.APPS);
  }

  @Override
  public List<Live> readAll(LiveReads reads) {
    Map<String, String> apps = PeopleReads.peopleApps(reads);
    AscClient c = reads.client();
    List<Live> out = new ArrayList<>();
    for (Resource r : PeopleReads.users(reads)) {
      Attributes.User a = r.attributesAs(Attributes.User.class);
      if (unkeyed(reads, r, "user", "username", a.username())) {
        continue;
      }
      List<ResourceRef> refs =
          c.relationships().refs(r, "visibleApps", () -> c.users().visibleAppIds(r.id()));
      Live l = user(r.id(), a, refs, apps);
      noteUnnamed(reads, l);
      out.add(l);
    }
    for (Resource r : PeopleReads.invitations(reads)) {
      Attributes.UserInvitation a = r.attributesAs(Attributes.UserInvitation.class);
      if (unkeyed(reads, r, "invitation", "email", a.email())) {
        continue;
      }
      List<ResourceRef> refs = invitationApps(c, r);
      Live l = invitation(r.id(), a, refs, apps);
      noteUnnamed(reads, l);
      out.add(l);
    }
    return out;
  }

  /**
   * A person Apple sends without the attribute that keys it (a user's username, an invitation's
   * email) cannot be matched to the config or exported: it is named in a warning and left alone.
   */
  private static boolean unkeyed(
      LiveReads reads, Resource r, String what, String attribute, String key) {
    if (key != null && !key.isBlank()) {
      return false;
    }
    reads.warn(
        what
            + " "
            + r.id()
            + " has no "
            + attribute
            + ": ascform cannot match it to the"
            + " configuration and leaves it alone (not counted, not exported)");
    return true;
  }

  /** Warns about visible apps nothing names (kept by their Apple id, never exported). */
  private static void noteUnnamed(LiveReads reads, Live l) {
    List<String> ids = l.unnamedAppIds();
    if (!ids.isEmpty()) {
      reads.warn(
          (l.invitation() ? "invitation " : "user ")
              + l.id()
              + " ("
              + l.email()
              + "): its visible app"
              + (ids.size() == 1 ? " " : "s ")
              + String.join(", ", ids)
              + " neither included nor among the account's apps; ascform cannot name "
              + (ids.size() == 1 ? "it" : "them")
              + " and does not export this person");
    }
  }

  @Override
  public String notExported(Live l, ExportContext ctx) {
    return l.unnamedAppIds().isEmpty() ? null : "ascform cannot name one of its visible apps";
  }

  private static List<ResourceRef> invitationApps(AscClient c, Resource r) {
    var rel = r.relationship("visibleApps");
    if (rel != null && rel.hasData() && !rel.mayBeTruncated(50)) {
      return rel.refs();
    }
    return c.pager().all(() -> c.userInvitations().visibleApps(r.id())).data().stream()
        .map(Resource::ref)
        .toList();
  }

  private static Live user(
      String id, Attributes.User a, List<ResourceRef> apps, Map<String, String> byId) {
    return new Live(
        id,
        false,
        lower(a.username()),
        a.firstName(),
        a.lastName(),
        a.roles(),
        bool(a.allAppsVisible()),
        bool(a.provisioningAllowed()),
        PeopleReads.bundleIds(apps, byId),
        unnamed(apps, byId));
  }

  /** The visible apps' ids that name no app the account has (nothing to call them by). */
  private static List<String> unnamed(List<ResourceRef> apps, Map<String, String> byId) {
    return apps.stream().map(ResourceRef::id).filter(id -> !byId.containsKey(id)).sorted().toList();
  }

  private static Live invitation(
      String id, Attributes.UserInvitation a, List<ResourceRef> apps, Map<String, String> byId) {
    return new Live(
        id,
        true,
        lower(a.email()),
        a.firstName(),
        a.lastName(),
        a.roles(),
        bool(a.allAppsVisible()),
        bool(a.provisioningAllowed()),
        PeopleReads.bundleIds(apps, byId),
        unnamed(apps, byId));
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  private static boolean bool(Boolean b) {
    return Boolean.TRUE.equals(b);
  }

  @Override
  public Live create(WriteContext ctx, Wanted d) {
    UserSpec u = d.spec();
    AscClient c = ctx.client();
    Resource r =
        c.userInvitations()
            .create(
                Requests.userInvitationCreate(
                    u.email(),
                    u.firstName(),
                    u.lastName(),
                    roleNames(u),
                    u.allAppsVisible(),
                    u.provisioningAllowed(),
                    u.allAppsVisible() ? null : appIds(c, d)))
            .data();
    return reread(ctx, INVITATION + r.id(), null).orElseThrow();
  }

  @Override
  public Live update(WriteContext ctx, String appleId, Wanted d) {
    UserSpec u = d.spec();
    AscClient c = ctx.client();
    c.users()
        .update(
            appleId,
            Requests.userUpdate(
                appleId, roleNames(u), u.allAppsVisible(), u.provisioningAllowed(), null));
    if (!u.allAppsVisible()) {
      c.users().replaceVisibleApps(appleId, Requests.linkages("apps", appIds(c, d)));
    }
    return reread(ctx, appleId, null).orElseThrow();
  }

  @Override
  public void delete(WriteContext ctx, String appleId) {
    if (appleId.startsWith(INVITATION)) {
      ctx.client().userInvitations().delete(appleId.substring(INVITATION.length()));
    } else {
      ctx.client().users().delete(appleId);
    }
  }

  private static List<String> roleNames(UserSpec u) {
    return u.roles().stream().map(UserRole::name).toList();
  }

  private static List<String> appIds(AscClient c, Wanted d) {
    return d.visibleBundleIds().stream().map(b -> PeopleReads.appId(c, b)).toList();
  }

  @Override
  public Optional<Live> find(WriteContext ctx, Wanted d) {
    AscClient c = ctx.client();
    Optional<Resource> user = c.lookups().findUserByUsername(d.spec().email());
    if (user.isPresent()) {
      return reread(ctx, user.get().id(), null);
    }
    return c.lookups()
        .findUserInvitationByEmail(d.spec().email())
        .flatMap(r -> reread(ctx, INVITATION + r.id(), null));
  }

  @Override
  public Optional<Live> reread(WriteContext ctx, String appleId, String naturalKey) {
    AscClient c = ctx.client();
    Map<String, String> apps = c.lookups().appBundleIds();
    if (appleId.startsWith(INVITATION)) {
      String id = appleId.substring(INVITATION.length());
      return Not404.read(() -> c.userInvitations().get(id).data())
          .map(
              r ->
                  invitation(
                      r.id(),
                      r.attributesAs(Attributes.UserInvitation.class),
                      c.pager().all(() -> c.userInvitations().visibleApps(id)).data().stream()
                          .map(Resource::ref)
                          .toList(),
                      apps));
    }
    return Not404.read(() -> c.users().get(appleId).data())
        .map(
            r ->
                user(
                    r.id(),
                    r.attributesAs(Attributes.User.class),
                    c.pager().allRefs(() -> c.users().visibleAppIds(appleId)),
                    apps));
  }

  /** The {@code users} section. */
  public static final Section SECTION =
      new Section(
          "users",
          "Team members, by local name.",
          new Def(
              "User",
              Obj.of(
                  required("email", Text.any().format("email")),
                  required("first_name", Text.nonEmpty()),
                  required("last_name", Text.nonEmpty()),
                  required("roles", ListOf.of(Ref.to(ConfigForm.USER_ROLE)).atLeast(1).unique()),
                  optional("all_apps_visible", Flag.plain()),
                  optional("provisioning_allowed", Flag.plain()),
                  optional("visible_apps", ListOf.of(LocalName.in("apps")).unique()),
                  ConfigForm.preventDestroy())));

  @Override
  public Section section() {
    return SECTION;
  }

  @Override
  public Set<String> appsReferenced(Live l) {
    return l.allAppsVisible() ? Set.of() : new TreeSet<>(l.visibleApps());
  }

  @Override
  public String exportName(Live l) {
    String email = l.email() == null ? "" : l.email();
    int at = email.indexOf('@');
    return at > 0 ? email.substring(0, at) : email;
  }

  /** Roles and visible apps; a pending invitation is exported as the user it will be. */
  @Override
  public ExportEntry exportEntry(Live l, ExportContext ctx) {
    Entry m =
        SECTION
            .entry()
            .put("email", l.email())
            .put("first_name", l.firstName())
            .put("last_name", l.lastName())
            .put("roles", List.copyOf(new TreeSet<>(l.roles())));
    if (l.allAppsVisible()) {
      m.put("all_apps_visible", true);
    }
    if (l.provisioningAllowed()) {
      m.put("provisioning_allowed", true);
    }
    if (!l.allAppsVisible() && !l.visibleApps().isEmpty()) {
      m.put("visible_apps", l.visibleApps().stream().map(ctx::appName).sorted().toList());
    }
    return new ExportEntry(m.build(), l.invitation() ? "invitation pending" : null);
  }
}
