package dev.ascform.kinds;

import static dev.ascform.model.form.Field.optional;
import static dev.ascform.model.form.Field.required;

import dev.ascform.api.AscClient;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.resources.Attributes;
import dev.ascform.api.resources.Requests;
import dev.ascform.config.ConfigForm;
import dev.ascform.export.ExportContext;
import dev.ascform.export.ExportEntry;
import dev.ascform.live.LiveReads;
import dev.ascform.model.CertificateSpec;
import dev.ascform.model.CertificateSpec.Management;
import dev.ascform.model.DesiredState;
import dev.ascform.model.ResourceKind;
import dev.ascform.model.form.Choice;
import dev.ascform.model.form.Def;
import dev.ascform.model.form.Entry;
import dev.ascform.model.form.Flag;
import dev.ascform.model.form.Obj;
import dev.ascform.model.form.Ref;
import dev.ascform.model.form.Section;
import dev.ascform.model.form.Text;
import dev.ascform.plan.Address;
import dev.ascform.plan.Desired;
import dev.ascform.plan.FieldDiff;
import dev.ascform.plan.ReplaceOrder;
import dev.ascform.secrets.KeyMaker;
import dev.ascform.secrets.SecretStore;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Signing certificates, keyed by serial number. {@code manage: adopt} finds an existing one by
 * serial (or by name and type when exactly one matches) and never creates or revokes to do so;
 * {@code manage: create} generates an RSA 2048 key, sends its CSR, and keeps key and certificate in
 * the encrypted store ({@link SecretStore}, the run's, given to the kind and to its writes).
 * Revoking is a delete, guarded by {@code prevent_destroy} (on by default). {@code renew_before}
 * replaces a created certificate near its expiry: the new one is created before the old one is
 * revoked. Apple's cap on current distribution certificates is checked while planning ({@link
 * CertificateRules}).
 */
public final class CertificateKind
    implements dev.ascform.export.Exportable<CertificateKind.Live>,
        KindOps<CertificateKind.Spec, CertificateKind.Live>,
        DeleteOps {

  /** The shared read of every certificate. */
  public static final String READ = "certificates";

  /** A desired certificate, with the serial it resolves to (null: none yet, to be created). */
  public record Spec(CertificateSpec spec, String serial) {}

  /** A live certificate. {@code content} is the public certificate (base64 DER): not secret. */
  public record Live(
      String id, String serial, String name, String type, Instant expires, String content) {
    static Live of(Resource r) {
      Attributes.Certificate a = r.attributesAs(Attributes.Certificate.class);
      return new Live(
          r.id(),
          a.serialNumber(),
          a.name(),
          a.certificateType(),
          r.instant(a.expirationDate()),
          a.certificateContent());
    }
  }

  private final Clock clock;

  /** This run's secret store: the serials of the certificates ascform made (read side). */
  private final SecretStore secrets;

  @Override
  public List<String> unknownValues(Live l) {
    return new KnownValues()
        .check("certificateType", l.type(), dev.ascform.model.CertificateType.class)
        .unknown();
  }

  /** A kind without a run's secret store (tests, reads that need none). */
  public CertificateKind() {
    this(Clock.systemUTC(), SecretStore.unconfigured());
  }

  CertificateKind(Clock clock) {
    this(clock, SecretStore.unconfigured());
  }

  /** The kind of a run whose certificates' keys are in {@code secrets}. */
  public CertificateKind(Clock clock, SecretStore secrets) {
    this.clock = clock;
    this.secrets = secrets;
  }

  @Override
  public String name() {
    return ResourceKind.CERTIFICATE.addressPrefix();
  }

  @Override
  public int rank() {
    return 15;
  }

  @Override
  public String naturalKey(Spec d) {
    if (d.serial() != null) {
      return d.serial();
    }
    return d.spec().manage() == Management.CREATE
        ? "(new) " + d.spec().key()
        : d.spec().name().orElse("?") + "/" + d.spec().type();
  }

  @Override
  public String liveNaturalKey(Live l) {
    return l.serial();
  }

  @Override
  public String appleId(Live l) {
    return l.id();
  }

  @Override
  public String unmanagedName(Live l) {
    return String.valueOf(l.type()).toLowerCase(java.util.Locale.ROOT) + "_" + l.serial();
  }

  @Override
  public Map<String, Object> desiredAttributes(Spec d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", d.spec().type().name());
    if (d.spec().manage() == Management.ADOPT) {
      d.spec().name().ifPresent(n -> m.put("name", n));
    }
    m.put("manage", d.spec().manage().name().toLowerCase(java.util.Locale.ROOT));
    return m;
  }

  @Override
  public Map<String, Object> liveAttributes(Live l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", l.type());
    m.put("name", l.name());
    m.put("serial", l.serial());
    return m;
  }

  @Override
  public List<FieldDiff> diff(Spec d, Live l) {
    Map<String, Object> want = new LinkedHashMap<>(desiredAttributes(d));
    want.remove("manage");
    return FieldDiff.between(liveAttributes(l), want, true);
  }

  @Override
  public java.time.Instant expires(Live l) {
    return l.expires();
  }

  @Override
  public String expiryAdvice(Spec d) {
    return d.spec().manage() == Management.ADOPT
        ? "ascform never renews an adopted certificate: renew it in Apple's developer portal and"
            + " adopt the new one by its serial"
        : "add renew_before (e.g. 30d) and ascform renews it";
  }

  @Override
  public List<String> replaceTriggers(Spec d, Live l) {
    if (d.spec().manage() != Management.CREATE || l.expires() == null) {
      return List.of();
    }
    if (!l.expires().isAfter(clock.instant())) {
      return List.of("expired " + l.expires().toString().substring(0, 10));
    }
    if (d.spec().renewBefore().isEmpty()) {
      return List.of();
    }
    if (l.expires().minus(d.spec().renewBefore().get()).isAfter(clock.instant())) {
      return List.of();
    }
    return List.of(
        "expires "
            + l.expires().toString().substring(0, 10)
            + ", within renew_before "
            + d.spec().renewBefore().get().toDays()
            + "d");
  }

  @Override
  public ReplaceOrder replaceOrder() {
    return ReplaceOrder.CREATE_THEN_DELETE;
  }

  @Override
  public String replaceConsequence(Spec d, Live l) {
    return "a new key and certificate are created first, the profiles holding it are replaced,"
        + " and the old certificate is revoked (apps signed with it keep running; its profiles"
        + " stop working)";
  }

  @Override
  public List<String> policyViolations(List<dev.ascform.plan.Change> changes, List<Live> live) {
    List<String> out = new ArrayList<>(CertificateRules.adoptNeverCreates(changes, secrets));
    out.addAll(CertificateRules.keysMissing(changes, secrets));
    return out;
  }

  @Override
  public Map<Address, Desired<Spec>> desired(DesiredState state) {
    Map<Address, Desired<Spec>> out = new TreeMap<>();
    state
        .certificates()
        .values()
        .forEach(
            c ->
                out.put(
                    Address.parse(c.address()),
                    new Desired<>(new Spec(c, knownSerial(c, secrets)), c.preventDestroy())));
    return out;
  }

  /** The serial a certificate is known by without reading Apple: config, else the store. */
  public static String knownSerial(CertificateSpec c, SecretStore secrets) {
    if (c.serial().isPresent()) {
      return c.serial().get().toUpperCase(java.util.Locale.ROOT);
    }
    if (c.manage() == Management.CREATE) {
      return secrets.certificate(c.key()).map(KeyMaker::serial).orElse(null);
    }
    return null;
  }

  @Override
  public Map<Address, Desired<Spec>> resolve(
      Map<Address, Desired<Spec>> desired, List<Live> live, LiveReads reads) {
    return new CertificateRules(clock).resolve(desired, live);
  }

  @Override
  public List<Live> readAll(LiveReads reads) {
    List<Live> out = new ArrayList<>();
    reads.shared(READ, CertificateKind::readNow).forEach(r -> out.add(Live.of(r)));
    return out;
  }

  /** Every live certificate (shared read). */
  public static List<Resource> read(LiveReads reads) {
    return reads.shared(READ, CertificateKind::readNow);
  }

  private static List<Resource> readNow(AscClient c) {
    return c.pager().all(() -> c.certificates().list(null, null)).data();
  }

  @Override
  public Live create(WriteContext ctx, Spec d) {
    CertificateSpec c = d.spec();
    if (c.manage() != Management.CREATE) {
      throw new IllegalStateException(
          "certificate." + c.key() + " is adopted: ascform never" + " creates it");
    }
    SecretStore store = ctx.secrets();
    store.requireWritable("cannot create certificate." + c.key());
    // An apply that died after sending its request left its key pair waiting: if Apple issued a
    // certificate for it, that one is kept (never a second request for the same certificate).
    Optional<KeyPair> left = store.pending(c.key());
    if (left.isPresent()) {
      Optional<Resource> issued = withPublicKey(ctx.client(), left.get());
      if (issued.isPresent()) {
        return keep(store, c, left.get(), issued.get());
      }
    }
    KeyPair pair = KeyMaker.rsa2048();
    store.putPending(c.key(), pair);
    Resource r;
    try {
      r =
          ctx.client()
              .certificates()
              .create(
                  Requests.certificateCreate(
                      KeyMaker.csr(pair, "ascform " + c.key()), c.type().name()))
              .data();
    } catch (dev.ascform.api.http.AscApiException e) {
      // The outcome is unknown (a lost response, a 5xx): the key pair exists only here, so a
      // certificate Apple made from it is found by its public key and kept, never made twice.
      r = withPublicKey(ctx.client(), pair).orElseThrow(() -> e);
    }
    return keep(store, c, pair, r);
  }

  /** Stores the key with the certificate Apple issued for it, then drops the waiting copy. */
  private static Live keep(SecretStore store, CertificateSpec c, KeyPair pair, Resource r) {
    X509Certificate cert = KeyMaker.certificate(r.text("certificateContent"));
    store.put(c.key(), pair.getPrivate(), cert);
    store.clearPending(c.key());
    return Live.of(r);
  }

  /** The live certificate issued for this key pair's public key, if Apple made one. */
  private static Optional<Resource> withPublicKey(AscClient c, KeyPair pair) {
    byte[] wanted = pair.getPublic().getEncoded();
    for (Resource r : readNow(c)) {
      String content = r.text("certificateContent");
      if (content != null
          && java.util.Arrays.equals(
              wanted, KeyMaker.certificate(content).getPublicKey().getEncoded())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Override
  public void delete(WriteContext ctx, String appleId) {
    ctx.client().certificates().revoke(appleId);
  }

  @Override
  public Optional<Live> find(WriteContext ctx, Spec d) {
    String serial = d.serial() != null ? d.serial() : knownSerial(d.spec(), ctx.secrets());
    if (serial == null) {
      return Optional.empty();
    }
    return ctx.client().lookups().findCertificateBySerialNumber(serial).map(Live::of);
  }

  @Override
  public Optional<Live> reread(WriteContext ctx, String appleId, String naturalKey) {
    return Not404.read(() -> ctx.client().certificates().get(appleId).data()).map(Live::of);
  }

  /** The {@code certificates} section. */
  public static final Section SECTION =
      new Section(
          "certificates",
          "Signing certificates, by local name.",
          new Def(
              "Certificate",
              Obj.of(
                  optional("name", Text.nonEmpty()),
                  required("type", Ref.to(ConfigForm.CERTIFICATE_TYPE)),
                  optional("manage", Choice.lowerCaseOf(Management.class)),
                  optional(
                      "serial",
                      Text.matching("^[0-9A-Fa-f]+$")
                          .describe("a certificate serial number in hexadecimal")),
                  optional("renew_before", Ref.to(ConfigForm.DURATION)),
                  optional(
                      "prevent_destroy",
                      new Flag("Default true for certificates: revoking is irreversible.")))));

  @Override
  public Section section() {
    return SECTION;
  }

  @Override
  public String exportName(Live l) {
    return l.name() != null ? l.name() : l.type();
  }

  /** Adopted by serial (never created or revoked by ascform); expired ones say so. */
  @Override
  public ExportEntry exportEntry(Live l, ExportContext ctx) {
    Entry m =
        SECTION
            .entry()
            .putIfPresent("name", l.name())
            .put("type", l.type())
            .put("manage", "adopt")
            .put("serial", l.serial());
    String comment =
        l.expires() != null && !l.expires().isAfter(ctx.now())
            ? "expired "
                + l.expires().toString().substring(0, 10)
                + ": renew it in Apple or remove"
                + " this entry"
            : null;
    return new ExportEntry(m.build(), comment);
  }
}
