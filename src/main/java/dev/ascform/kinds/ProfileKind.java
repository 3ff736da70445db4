package dev.ascform.kinds;

import static dev.ascform.model.form.Field.optional;
import static dev.ascform.model.form.Field.required;

import dev.ascform.api.AscClient;
import dev.ascform.api.PagedResult;
import dev.ascform.api.Relationships;
import dev.ascform.api.jsonapi.Relationship;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import dev.ascform.api.resources.Requests;
import dev.ascform.config.ConfigForm;
import dev.ascform.export.ExportContext;
import dev.ascform.export.ExportEntry;
import dev.ascform.live.LiveReads;
import dev.ascform.model.CertificateSpec;
import dev.ascform.model.DesiredState;
import dev.ascform.model.ProfileSpec;
import dev.ascform.model.ResourceKind;
import dev.ascform.model.form.Def;
import dev.ascform.model.form.Entry;
import dev.ascform.model.form.ListOf;
import dev.ascform.model.form.LocalName;
import dev.ascform.model.form.Obj;
import dev.ascform.model.form.OneOf;
import dev.ascform.model.form.Ref;
import dev.ascform.model.form.Section;
import dev.ascform.model.form.Text;
import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import dev.ascform.plan.Desired;
import dev.ascform.plan.FieldDiff;
import dev.ascform.secrets.SecretStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Provisioning profiles, keyed by name. Apple cannot change a profile, so any difference is a
 * replace (delete, then create with the same name): devices (development and ad hoc only),
 * certificates, bundle ID, type, name; and kind rules: INVALID at Apple, expiring within {@code
 * renew_before}, or a change in the same plan to its bundle ID's capabilities or a renewal of its
 * certificate. Read in one request per 200 profiles ({@link ProfileReads}).
 */
public final class ProfileKind
    implements dev.ascform.export.Exportable<ProfileKind.Live>,
        KindOps<ProfileKind.Spec, ProfileKind.Live>,
        DeleteOps {

  /**
   * A desired profile with what it resolves to.
   *
   * @param certificates its certificates; their serials come from the config, the secret store or
   *     (adopted by name) {@code resolvedSerials}
   * @param udids the lower-case UDIDs of its devices, by device address
   */
  public record Spec(
      ProfileSpec spec,
      String bundleIdentifier,
      List<CertificateSpec> certificates,
      Map<String, String> resolvedSerials,
      Map<Address, String> udids,
      Set<Address> capabilities) {}

  /** A live profile; {@code content} is the base64 profile ({@code .mobileprovision}). */
  public record Live(
      String id,
      String name,
      String type,
      String state,
      String bundleIdentifier,
      Instant expires,
      List<String> certificateSerials,
      List<String> udids,
      String content) {}

  @Override
  public List<String> unknownValues(Live l) {
    return new KnownValues()
        .check("profileType", l.type(), dev.ascform.model.ProfileType.class)
        .check("profileState", l.state(), "ACTIVE", "INVALID")
        .unknown();
  }

  private final Clock clock;

  /** This run's secret store: the serials of the certificates ascform made. */
  private final SecretStore secrets;

  /** A kind without a run's secret store (tests, reads that need none). */
  public ProfileKind() {
    this(Clock.systemUTC(), SecretStore.unconfigured());
  }

  ProfileKind(Clock clock) {
    this(clock, SecretStore.unconfigured());
  }

  /** The kind of a run whose certificates' keys are in {@code secrets}. */
  public ProfileKind(Clock clock, SecretStore secrets) {
    this.clock = clock;
    this.secrets = secrets;
  }

  @Override
  public String name() {
    return ResourceKind.PROFILE.addressPrefix();
  }

  @Override
  public int rank() {
    return 40;
  }

  @Override
  public String naturalKey(Spec d) {
    return d.spec().name();
  }

  @Override
  public String liveNaturalKey(Live l) {
    return l.name();
  }

  @Override
  public String appleId(Live l) {
    return l.id();
  }

  @Override
  public Map<String, Object> desiredAttributes(Spec d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", d.spec().name());
    m.put("type", d.spec().type().name());
    m.put("bundle_id", d.bundleIdentifier());
    m.put("certificates", serials(d));
    m.put("devices", new ArrayList<>(new TreeSet<>(d.udids().values())));
    return m;
  }

  private List<Object> serials(Spec d) {
    TreeSet<String> out = new TreeSet<>();
    for (CertificateSpec c : d.certificates()) {
      String s = d.resolvedSerials().get(c.key());
      s = s != null ? s : CertificateKind.knownSerial(c, secrets);
      out.add(
          s != null
              ? s
              : (c.manage() == CertificateSpec.Management.ADOPT ? "(adopted by name) " : "(new) ")
                  + c.key());
    }
    return new ArrayList<>(out);
  }

  /**
   * Compares every field. The certificates are always resolved here: the plan's value is the
   * resolved one (apply writes it as planned), and a certificate adopted by name that does not
   * resolve to exactly one serial refuses the plan ({@link CertificateRules}).
   */
  @Override
  public List<FieldDiff> diff(Spec d, Live l) {
    return FieldDiff.between(liveAttributes(l), desiredAttributes(d), true);
  }

  @Override
  public Map<String, Object> liveAttributes(Live l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", l.name());
    m.put("type", l.type());
    m.put("bundle_id", l.bundleIdentifier());
    m.put("certificates", new ArrayList<Object>(new TreeSet<>(l.certificateSerials())));
    m.put("devices", new ArrayList<Object>(new TreeSet<>(l.udids())));
    m.put("state", l.state());
    return m;
  }

  @Override
  public java.time.Instant expires(Live l) {
    return l.expires();
  }

  @Override
  public String expiryAdvice(Spec d) {
    return "add renew_before (e.g. 14d) and ascform renews it";
  }

  @Override
  public List<String> replaceTriggers(Spec d, Live l) {
    List<String> out = new ArrayList<>();
    if (!"ACTIVE".equals(l.state())) {
      out.add("state " + l.state() + " at Apple");
    }
    if (l.expires() != null && !l.expires().isAfter(clock.instant())) {
      out.add("expired " + l.expires().toString().substring(0, 10));
    } else if (d.spec().renewBefore().isPresent()
        && l.expires() != null
        && !l.expires().minus(d.spec().renewBefore().get()).isAfter(clock.instant())) {
      out.add(
          "expires "
              + l.expires().toString().substring(0, 10)
              + ", within renew_before "
              + d.spec().renewBefore().get().toDays()
              + "d");
    }
    return out;
  }

  @Override
  public String replaceConsequence(Spec d, Live l) {
    StringBuilder s =
        new StringBuilder(
            "deleted, then created again with the same name: the"
                + " .mobileprovision gets a new UUID");
    if (l != null) {
      Set<String> want = new TreeSet<>(d.udids().values());
      List<String> added = new ArrayList<>();
      d.udids()
          .forEach(
              (a, u) -> {
                if (!l.udids().contains(u)) {
                  added.add("+" + a.name());
                }
              });
      List<String> removed =
          l.udids().stream().filter(u -> !want.contains(u)).map(u -> "-" + u).toList();
      if (!added.isEmpty() || !removed.isEmpty()) {
        s.append("; devices ").append(String.join(" ", added));
        s.append(added.isEmpty() || removed.isEmpty() ? "" : " ").append(String.join(" ", removed));
      }
    }
    return s.toString();
  }

  @Override
  public String invalidatedBy(Spec d, Change other) {
    boolean capability = other.kind().equals(ResourceKind.CAPABILITY.addressPrefix());
    if (d.capabilities().contains(other.address())
        || capability && other.address().name().startsWith(d.spec().bundleId() + ".")
        // a capability pruned from its App ID has no declared address: its natural key names it
        || capability
            && other.naturalKey() != null
            && other.naturalKey().startsWith(d.bundleIdentifier() + "/")) {
      return other.address() + " changes (Apple marks the profile INVALID)";
    }
    boolean ownCert =
        other.kind().equals(ResourceKind.CERTIFICATE.addressPrefix())
            && d.certificates().stream().anyMatch(c -> c.key().equals(other.address().name()));
    if (ownCert && (other.action().isReplace() || other.action().isDestroy())) {
      return other.address() + " is " + (other.action().isReplace() ? "renewed" : "revoked");
    }
    return null;
  }

  @Override
  public Set<Address> dependencies(Spec d) {
    Set<Address> out = new TreeSet<>(d.capabilities());
    out.add(Address.of(ResourceKind.BUNDLE_ID.addressPrefix(), d.spec().bundleId()));
    d.certificates()
        .forEach(c -> out.add(Address.of(ResourceKind.CERTIFICATE.addressPrefix(), c.key())));
    out.addAll(d.udids().keySet());
    return out;
  }

  @Override
  public Map<Address, Desired<Spec>> desired(DesiredState state) {
    return ProfileDesired.of(state);
  }

  @Override
  public Map<Address, Desired<Spec>> resolve(
      Map<Address, Desired<Spec>> desired, List<Live> live, LiveReads reads) {
    return ProfileDesired.resolve(desired, reads, clock, secrets);
  }

  @Override
  public List<Live> readAll(LiveReads reads) {
    return reads.shared(ProfileReads.READ, ProfileReads::all);
  }

  @Override
  public Live create(WriteContext ctx, Spec d) {
    String bundle =
        ctx.appleIdOf(Address.of(ResourceKind.BUNDLE_ID.addressPrefix(), d.spec().bundleId()));
    List<String> certs =
        d.certificates().stream()
            .map(c -> ctx.appleIdOf(Address.of(ResourceKind.CERTIFICATE.addressPrefix(), c.key())))
            .toList();
    List<String> devices =
        d.spec().type().takesDevices()
            ? d.udids().keySet().stream().map(ctx::appleIdOf).toList()
            : null;
    Resource r =
        ctx.client()
            .profiles()
            .create(
                Requests.profileCreate(
                    d.spec().name(), d.spec().type().name(), bundle, certs, devices))
            .data();
    return reread(ctx, r.id(), d.spec().name()).orElseThrow();
  }

  @Override
  public void delete(WriteContext ctx, String appleId) {
    ctx.client().profiles().delete(appleId);
  }

  @Override
  public Optional<Live> find(WriteContext ctx, Spec d) {
    return ctx.client()
        .lookups()
        .findProfileByName(d.spec().name())
        .flatMap(r -> reread(ctx, r.id(), d.spec().name()));
  }

  @Override
  public Optional<Live> reread(WriteContext ctx, String appleId, String naturalKey) {
    AscClient c = ctx.client();
    return Not404.read(() -> c.profiles().get(appleId, ProfileReads.INCLUDE))
        .map(
            doc ->
                ProfileReads.live(
                    c,
                    doc.data(),
                    new PagedResult(
                        List.of(doc.data()),
                        doc.included() == null ? List.of() : doc.included(),
                        1)));
  }

  static boolean truncated(Resource r, String rel) {
    Relationship x = r.relationship(rel);
    return x == null || !x.hasData() || x.mayBeTruncated(Relationships.INCLUDE_CAP);
  }

  static ResourceRef bundleRef(Resource r) {
    Relationship b = r.relationship("bundleId");
    return b == null || !b.hasData() || b.refs().isEmpty() ? null : b.refs().get(0);
  }

  /** Which certificates a profile holds: names, or all of one type. */
  static final Def CERTIFICATE_SELECTION =
      new Def(
          "CertificateSelection",
          OneOf.of(
              "a list of certificate names, or {all_of_type: TYPE}",
              ListOf.of(LocalName.in("certificates")).atLeast(1).unique(),
              Obj.of(required("all_of_type", Ref.to(ConfigForm.CERTIFICATE_TYPE)))));

  /** Which devices a profile holds: names, every device, or a selector. */
  static final Def DEVICE_SELECTION =
      new Def(
          "DeviceSelection",
          OneOf.of(
              "a list of device names, 'all', or a selector {platform, device_class, tags}",
              ListOf.of(LocalName.in("devices")).unique(),
              Text.matching("^all$"),
              Obj.of(
                      optional("platform", Ref.to(ConfigForm.BUNDLE_ID_PLATFORM)),
                      optional("device_class", Ref.to(ConfigForm.DEVICE_CLASS)),
                      optional("tags", ListOf.of(Text.any()).unique()))
                  .atLeast(1)));

  /** The {@code profiles} section. */
  public static final Section SECTION =
      new Section(
          "profiles",
          "Provisioning profiles, by local name.",
          new Def(
              "Profile",
              Obj.of(
                  required("name", Text.nonEmpty()),
                  required("type", Ref.to(ConfigForm.PROFILE_TYPE)),
                  required("bundle_id", LocalName.in("bundle_ids")),
                  required("certificates", Ref.to(CERTIFICATE_SELECTION)),
                  optional("devices", Ref.to(DEVICE_SELECTION)),
                  optional("renew_before", Ref.to(ConfigForm.DURATION)),
                  ConfigForm.preventDestroy())));

  @Override
  public Section section() {
    return SECTION;
  }

  @Override
  public String exportName(Live l) {
    return l.name();
  }

  @Override
  public String notExported(Live l, ExportContext ctx) {
    // a declared profile that is expired or not ACTIVE is replaced by the next plan: exported, it
    // would make the adopted config plan a change at once, so it is left out and named instead
    if (l.expires() != null && !l.expires().isAfter(clock.instant())) {
      return "it expired on "
          + l.expires().toString().substring(0, 10)
          + " (declare a profile of this name to have ascform make a new one)";
    }
    if (l.state() != null && !"ACTIVE".equals(l.state())) {
      return "it is "
          + l.state()
          + " at Apple"
          + " (declare a profile of this name to have ascform make a new one)";
    }
    if (l.bundleIdentifier() == null) {
      return "Apple names no bundle ID for it";
    }
    if (ctx.skipped(ResourceKind.BUNDLE_ID.addressPrefix(), l.bundleIdentifier())) {
      return "its bundle ID " + l.bundleIdentifier() + " is not exported";
    }
    for (String s : l.certificateSerials()) {
      if (ctx.skipped(ResourceKind.CERTIFICATE.addressPrefix(), s)) {
        return "its certificate " + s + " is not exported";
      }
    }
    for (String u : l.udids()) {
      if (ctx.skipped(ResourceKind.DEVICE.addressPrefix(), u.toLowerCase(java.util.Locale.ROOT))) {
        return "its device " + u + " is not exported";
      }
    }
    return null;
  }

  /** Name, type, and its bundle ID, certificates and devices by their exported local names. */
  @Override
  public ExportEntry exportEntry(Live l, ExportContext ctx) {
    Entry m =
        SECTION
            .entry()
            .put("name", l.name())
            .put("type", l.type())
            .put(
                "bundle_id",
                ctx.nameOf(ResourceKind.BUNDLE_ID.addressPrefix(), l.bundleIdentifier()));
    m.put(
        "certificates",
        l.certificateSerials().stream()
            .map(s -> ctx.nameOf(ResourceKind.CERTIFICATE.addressPrefix(), s))
            .filter(java.util.Objects::nonNull)
            .sorted()
            .toList());
    List<String> devices =
        l.udids().stream()
            .map(
                u ->
                    ctx.nameOf(
                        ResourceKind.DEVICE.addressPrefix(), u.toLowerCase(java.util.Locale.ROOT)))
            .filter(java.util.Objects::nonNull)
            .sorted()
            .toList();
    if (!devices.isEmpty()) {
      m.put("devices", devices);
    }
    String comment =
        "ACTIVE".equals(l.state())
            ? null
            : "state " + l.state() + " at Apple: the next apply regenerates it";
    return new ExportEntry(m.build(), comment);
  }
}
