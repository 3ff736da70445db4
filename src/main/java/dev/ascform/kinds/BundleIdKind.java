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
import dev.ascform.export.Names;
import dev.ascform.live.LiveReads;
import dev.ascform.model.BundleIdPlatform;
import dev.ascform.model.BundleIdSpec;
import dev.ascform.model.DesiredState;
import dev.ascform.model.ResourceKind;
import dev.ascform.model.form.Def;
import dev.ascform.model.form.Entry;
import dev.ascform.model.form.Obj;
import dev.ascform.model.form.Ref;
import dev.ascform.model.form.Section;
import dev.ascform.model.form.Text;
import dev.ascform.plan.Address;
import dev.ascform.plan.Desired;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Bundle IDs (App IDs), keyed by identifier. Identifier, platform and seed id are immutable (a
 * change replaces: delete, then create); the name is updated in place.
 */
public final class BundleIdKind
    implements Exportable<BundleIdKind.Live>,
        KindOps<BundleIdKind.Wanted, BundleIdKind.Live>,
        UpdateOps<BundleIdKind.Wanted, BundleIdKind.Live>,
        DeleteOps {

  /** The shared read of bundle IDs with their capabilities. */
  public static final String READ = "bundleIds+bundleIdCapabilities";

  /**
   * A desired bundle ID, with what its create does beside it.
   *
   * @param removeDefaults whether a create removes the capabilities Apple enables on a new App ID
   *     that the config does not declare (prune is on for capabilities): part of the planned write,
   *     so apply does it without reading the config's settings again
   */
  public record Wanted(BundleIdSpec spec, boolean removeDefaults) {}

  /** A live bundle ID. */
  public record Live(String id, String identifier, String name, String platform, String seedId) {
    static Live of(Resource r) {
      Attributes.BundleId a = r.attributesAs(Attributes.BundleId.class);
      return new Live(r.id(), a.identifier(), a.name(), a.platform(), a.seedId());
    }

    /** The bundle identifier of a live bundle ID resource. */
    static String identifier(Resource r) {
      return r.attributesAs(Attributes.BundleId.class).identifier();
    }
  }

  @Override
  public List<String> unknownValues(Live l) {
    return new KnownValues().check("platform", l.platform(), BundleIdPlatform.class).unknown();
  }

  /** Every bundle ID with its complete capabilities, from one paged read. */
  public record Read(List<Resource> bundleIds, Map<String, List<Resource>> capabilitiesById) {}

  /**
   * {@code GET
   * /v1/bundleIds?include=bundleIdCapabilities&limit=200&limit[bundleIdCapabilities]=50}, every
   * page; a bundle ID whose capabilities exceed what was included is completed from its {@code
   * /bundleIdCapabilities} endpoint.
   */
  public static Read read(LiveReads reads) {
    return reads.shared(READ, BundleIdKind::readNow);
  }

  private static Read readNow(AscClient c) {
    var paged =
        c.pager().all(() -> c.bundleIds().list(null, null, "bundleIdCapabilities", 50, null));
    Map<ResourceRef, Resource> included = paged.includedByRef();
    Map<String, List<Resource>> caps = new LinkedHashMap<>();
    for (Resource b : paged.data()) {
      caps.put(
          b.id(),
          c.relationships()
              .resources(
                  b,
                  "bundleIdCapabilities",
                  included,
                  () -> c.bundleIdCapabilities().listForBundleId(b.id())));
    }
    return new Read(paged.data(), caps);
  }

  @Override
  public String name() {
    return ResourceKind.BUNDLE_ID.addressPrefix();
  }

  @Override
  public int rank() {
    return 10;
  }

  @Override
  public String noun() {
    return "bundle ID";
  }

  @Override
  public String naturalKey(Wanted d) {
    return d.spec().identifier();
  }

  @Override
  public String liveNaturalKey(Live l) {
    return l.identifier();
  }

  @Override
  public String appleId(Live l) {
    return l.id();
  }

  @Override
  public Map<String, Object> desiredAttributes(Wanted w) {
    BundleIdSpec d = w.spec();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("identifier", d.identifier());
    m.put("name", d.name());
    m.put("platform", d.platform().name());
    d.seedId().ifPresent(s -> m.put("seed_id", s));
    return m;
  }

  @Override
  public Map<String, Object> liveAttributes(Live l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("identifier", l.identifier());
    m.put("name", l.name());
    m.put("platform", l.platform());
    if (l.seedId() != null) {
      m.put("seed_id", l.seedId());
    }
    return m;
  }

  @Override
  public Set<String> immutableFields() {
    return Set.of("identifier", "platform", "seed_id");
  }

  @Override
  public String replaceConsequence(Wanted d, Live l) {
    return "its capabilities and provisioning profiles are deleted with it; they are made again"
        + " for the new one";
  }

  @Override
  public Map<Address, Desired<Wanted>> desired(DesiredState state) {
    boolean removeDefaults = state.settings().prunes(ResourceKind.CAPABILITY);
    Map<Address, Desired<Wanted>> out = new TreeMap<>();
    state
        .bundleIds()
        .values()
        .forEach(
            b ->
                out.put(
                    Address.parse(b.address()),
                    new Desired<>(new Wanted(b, removeDefaults), b.preventDestroy())));
    return out;
  }

  @Override
  public List<Live> readAll(LiveReads reads) {
    List<Live> out = new ArrayList<>();
    read(reads).bundleIds().forEach(r -> out.add(Live.of(r)));
    return out;
  }

  @Override
  public Live create(WriteContext ctx, Wanted w) {
    BundleIdSpec d = w.spec();
    Live live =
        Live.of(
            ctx.client()
                .bundleIds()
                .create(
                    Requests.bundleIdCreate(
                        d.identifier(), d.name(), d.platform().name(), d.seedId().orElse(null)))
                .data());
    if (w.removeDefaults()) {
      removeUndeclaredDefaults(ctx, live.id(), d);
    }
    return live;
  }

  /**
   * Apple enables IN_APP_PURCHASE and GAME_CENTER on every new explicit App ID. With prune on for
   * capabilities, those the config does not declare would be deleted by the next plan, so one apply
   * would not converge (found by the laws, issue #21): they are removed right after the create, as
   * the plan's consequence line says. A failure here leaves them for the next plan.
   */
  private static void removeUndeclaredDefaults(WriteContext ctx, String bundleId, BundleIdSpec d) {
    try {
      for (Resource cap : ctx.client().bundleIdCapabilities().listForBundleId(bundleId).data()) {
        if (!d.capabilities().containsKey(CapabilityKind.Live.type(cap))) {
          ctx.client().bundleIdCapabilities().delete(cap.id());
        }
      }
    } catch (RuntimeException e) {
      // the bundle ID exists: the next plan shows the leftovers as prune deletes
    }
  }

  @Override
  public String createConsequence(Wanted d) {
    return d.removeDefaults()
        ? "Apple enables its default capabilities (IN_APP_PURCHASE, GAME_CENTER) on a new App ID;"
            + " prune is on for capabilities, so those this config does not declare are removed"
            + " right after"
        : null;
  }

  @Override
  public Live update(WriteContext ctx, String appleId, Wanted w) {
    BundleIdSpec d = w.spec();
    return Live.of(
        ctx.client()
            .bundleIds()
            .update(appleId, Requests.bundleIdUpdate(appleId, d.name()))
            .data());
  }

  @Override
  public void delete(WriteContext ctx, String appleId) {
    ctx.client().bundleIds().delete(appleId);
  }

  @Override
  public Optional<Live> find(WriteContext ctx, Wanted d) {
    return ctx.client().lookups().findBundleIdByIdentifier(d.spec().identifier()).map(Live::of);
  }

  @Override
  public Optional<Live> reread(WriteContext ctx, String appleId, String naturalKey) {
    return Not404.read(() -> ctx.client().bundleIds().get(appleId, null).data()).map(Live::of);
  }

  /** The {@code bundle_ids} section: one entry per bundle ID, its capabilities inside. */
  public static final Section SECTION =
      new Section(
          "bundle_ids",
          "Bundle IDs (App IDs), by local name.",
          new Def(
              "BundleId",
              Obj.of(
                  required(
                      "identifier",
                      Text.nonEmpty().describe("e.g. com.acme.app, or a wildcard com.acme.*")),
                  required("name", Text.nonEmpty()),
                  required("platform", Ref.to(ConfigForm.BUNDLE_ID_PLATFORM)),
                  optional(
                      "seed_id",
                      Text.matching("^[A-Z0-9]{10}$")
                          .describe("a 10-character team / App ID prefix")),
                  optional("capabilities", Ref.to(CapabilityKind.CAPABILITIES)),
                  ConfigForm.preventDestroy())));

  @Override
  public Section section() {
    return SECTION;
  }

  @Override
  public String exportName(Live l) {
    return l.identifier();
  }

  /** The identifier without its reverse-DNS domain: {@code com.acme.notes} gives {@code notes}. */
  @Override
  public String localName(Live l, String kind) {
    return Names.ofIdentifier(exportName(l));
  }

  /** Identifier, name, platform, seed ID and every capability with its settings. */
  @Override
  public ExportEntry exportEntry(Live l, ExportContext ctx) {
    Entry m =
        SECTION
            .entry()
            .put("identifier", l.identifier())
            .put("name", l.name())
            .put("platform", l.platform())
            .putIfPresent("seed_id", l.seedId());
    Map<String, Object> caps = new TreeMap<>();
    for (CapabilityKind.Live c :
        ctx.<CapabilityKind.Live>children(ResourceKind.CAPABILITY.addressPrefix(), l.id())) {
      Map<String, Object> settings = new LinkedHashMap<>();
      c.settings()
          .forEach(
              (k, opts) -> {
                if (!opts.isEmpty()) {
                  settings.put(k, opts.size() == 1 ? opts.get(0) : List.copyOf(opts));
                }
              });
      caps.put(c.type(), settings);
    }
    if (!caps.isEmpty()) {
      m.put("capabilities", caps);
    }
    return ExportEntry.of(m.build());
  }
}
