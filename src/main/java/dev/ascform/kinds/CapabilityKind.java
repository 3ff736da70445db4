package dev.ascform.kinds;

import static dev.ascform.model.form.Field.optional;
import static dev.ascform.model.form.Field.required;

import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.resources.Attributes;
import dev.ascform.api.resources.CapabilitySetting;
import dev.ascform.api.resources.Requests;
import dev.ascform.export.ExportableChild;
import dev.ascform.live.LiveReads;
import dev.ascform.model.BundleIdSpec;
import dev.ascform.model.CapabilitySpec;
import dev.ascform.model.DesiredState;
import dev.ascform.model.ResourceKind;
import dev.ascform.model.form.Choice;
import dev.ascform.model.form.Def;
import dev.ascform.model.form.ListOf;
import dev.ascform.model.form.MapOf;
import dev.ascform.model.form.Obj;
import dev.ascform.model.form.OneOf;
import dev.ascform.model.form.Ref;
import dev.ascform.model.form.Text;
import dev.ascform.plan.Address;
import dev.ascform.plan.Desired;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Capabilities of bundle IDs: address {@code capability.<bundle_key>.<type lower-case>}, natural
 * key {@code <identifier>/<TYPE>}. Settings are updated in place; the type and bundle ID never
 * change (a difference replaces). Capabilities Apple enables by default that the config does not
 * mention are unmanaged: counted, and deleted only when prune is on for capabilities.
 */
public final class CapabilityKind
    implements KindOps<CapabilityKind.Spec, CapabilityKind.Live>,
        UpdateOps<CapabilityKind.Spec, CapabilityKind.Live>,
        DeleteOps,
        ExportableChild<CapabilityKind.Live> {

  /** A capability's settings: one option key, or several. */
  static final Def SETTING_OPTIONS =
      new Def(
          "SettingOptions",
          OneOf.of("An option key, or a list of option keys.", Text.any(), ListOf.of(Text.any())));

  /**
   * The {@code capabilities} of a bundle ID entry: capability type to its settings. The types that
   * take settings are declared with them; others are open (a warning names an unknown type).
   */
  static final Def CAPABILITIES =
      new Def(
          "Capabilities",
          MapOf.of(
                  Text.matching("^[A-Z][A-Z0-9_]*$")
                      .describe("a capability type in upper case, such as PUSH_NOTIFICATIONS"),
                  MapOf.of(
                          Text.matching("^[A-Z][A-Z0-9_]*$")
                              .describe("a setting key in upper case, such as ICLOUD_VERSION"),
                          Ref.to(SETTING_OPTIONS))
                      .orNull())
              .describe("Capability type -> {setting key: option key(s)}.")
              .with("ICLOUD", Obj.of(required("ICLOUD_VERSION", Choice.of("XCODE_5", "XCODE_6"))))
              .with(
                  "DATA_PROTECTION",
                  Obj.of(
                      required(
                          "DATA_PROTECTION_PERMISSION_LEVEL",
                          Choice.of(
                              "COMPLETE_PROTECTION",
                              "PROTECTED_UNLESS_OPEN",
                              "PROTECTED_UNTIL_FIRST_USER_AUTH"))))
              .with(
                  "APPLE_ID_AUTH",
                  Obj.of(required("APPLE_ID_AUTH_APP_CONSENT", Choice.of("PRIMARY_APP_CONSENT"))))
              .with(
                  "GAME_CENTER",
                  Obj.of(
                          optional(
                              "GAME_CENTER_SETTING",
                              Choice.of("GAME_CENTER_MAC", "GAME_CENTER_IOS")))
                      .orNull()));

  /** A desired capability: its bundle ID's config key and identifier, and the capability. */
  public record Spec(String bundleKey, String identifier, CapabilitySpec capability) {}

  /**
   * A live capability, with its bundle ID's Apple id and identifier; its settings keep the chosen
   * options (those not marked {@code enabled: false}).
   */
  public record Live(
      String id,
      String bundleIdId,
      String identifier,
      String type,
      SortedMap<String, List<String>> settings) {
    static Live of(Resource r, String bundleIdId, String identifier) {
      Attributes.Capability a = r.attributesAs(Attributes.Capability.class);
      SortedMap<String, List<String>> settings = new TreeMap<>();
      // the typed settings hold the chosen options only (those not marked enabled: false)
      for (CapabilitySetting s : a.settings()) {
        settings.put(s.key(), s.options().stream().map(CapabilitySetting.Option::key).toList());
      }
      return new Live(r.id(), bundleIdId, identifier, a.capabilityType(), settings);
    }

    /** The capability type of a live capability resource. */
    static String type(Resource r) {
      return r.attributesAs(Attributes.Capability.class).capabilityType();
    }
  }

  @Override
  public String name() {
    return ResourceKind.CAPABILITY.addressPrefix();
  }

  @Override
  public int rank() {
    return 20;
  }

  @Override
  public String nounPlural() {
    return "capabilities";
  }

  @Override
  public String naturalKey(Spec d) {
    return d.identifier() + "/" + d.capability().type();
  }

  /** Apple enables these on every new explicit App ID; the config rarely declares them. */
  @Override
  public String unmanagedNote(Live l) {
    return "IN_APP_PURCHASE".equals(l.type()) || "GAME_CENTER".equals(l.type())
        ? "Apple default: enabled on every new App ID"
        : null;
  }

  @Override
  public String liveNaturalKey(Live l) {
    return l.identifier() + "/" + l.type();
  }

  @Override
  public String appleId(Live l) {
    return l.id();
  }

  @Override
  public Map<String, Object> desiredAttributes(Spec d) {
    return attributes(d.identifier(), d.capability().type(), d.capability().settings());
  }

  @Override
  public Map<String, Object> liveAttributes(Live l) {
    return attributes(l.identifier(), l.type(), l.settings());
  }

  private static Map<String, Object> attributes(
      String identifier, String type, Map<String, List<String>> settings) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("bundle_id", identifier);
    m.put("type", type);
    m.put("settings", new TreeMap<String, Object>(settings));
    return m;
  }

  @Override
  public Set<String> immutableFields() {
    return Set.of("bundle_id", "type");
  }

  @Override
  public Set<Address> dependencies(Spec d) {
    return Set.of(Address.of(ResourceKind.BUNDLE_ID.addressPrefix(), d.bundleKey()));
  }

  @Override
  public Map<Address, Desired<Spec>> desired(DesiredState state) {
    Map<Address, Desired<Spec>> out = new TreeMap<>();
    for (BundleIdSpec b : state.bundleIds().values()) {
      b.capabilities()
          .values()
          .forEach(
              c ->
                  out.put(
                      Address.of(name(), b.key() + "." + c.type().toLowerCase(Locale.ROOT)),
                      new Desired<>(new Spec(b.key(), b.identifier(), c), false)));
    }
    return out;
  }

  @Override
  public List<Live> readAll(LiveReads reads) {
    BundleIdKind.Read read = BundleIdKind.read(reads);
    List<Live> out = new ArrayList<>();
    for (Resource b : read.bundleIds()) {
      read.capabilitiesById()
          .getOrDefault(b.id(), List.of())
          .forEach(c -> out.add(Live.of(c, b.id(), BundleIdKind.Live.identifier(b))));
    }
    return out;
  }

  @Override
  public Live create(WriteContext ctx, Spec d) {
    String bundle =
        ctx.appleIdOf(Address.of(ResourceKind.BUNDLE_ID.addressPrefix(), d.bundleKey()));
    Resource r =
        ctx.client()
            .bundleIdCapabilities()
            .create(Requests.capabilityCreate(bundle, d.capability().type(), settings(d)))
            .data();
    return Live.of(r, bundle, d.identifier());
  }

  @Override
  public Live update(WriteContext ctx, String appleId, Spec d) {
    String bundle =
        ctx.appleIdOf(Address.of(ResourceKind.BUNDLE_ID.addressPrefix(), d.bundleKey()));
    Resource r =
        ctx.client()
            .bundleIdCapabilities()
            .update(appleId, Requests.capabilityUpdate(appleId, d.capability().type(), settings(d)))
            .data();
    return Live.of(r, bundle, d.identifier());
  }

  private static List<CapabilitySetting> settings(Spec d) {
    if (d.capability().settings().isEmpty()) {
      return null;
    }
    List<CapabilitySetting> out = new ArrayList<>();
    d.capability()
        .settings()
        .forEach((k, v) -> out.add(CapabilitySetting.of(k, v.toArray(String[]::new))));
    return out;
  }

  @Override
  public void delete(WriteContext ctx, String appleId) {
    ctx.client().bundleIdCapabilities().delete(appleId);
  }

  @Override
  public Optional<Live> find(WriteContext ctx, Spec d) {
    return ctx.client()
        .lookups()
        .findBundleIdByIdentifier(d.identifier())
        .flatMap(
            b ->
                ofLiveBundle(ctx, b).stream()
                    .filter(c -> c.type().equals(d.capability().type()))
                    .findFirst());
  }

  @Override
  public Optional<Live> reread(WriteContext ctx, String appleId, String naturalKey) {
    if (naturalKey == null) {
      return readAll(new LiveReads(ctx.client())).stream()
          .filter(c -> c.id().equals(appleId))
          .findFirst();
    }
    String identifier = naturalKey.substring(0, naturalKey.lastIndexOf('/'));
    return ctx.client()
        .lookups()
        .findBundleIdByIdentifier(identifier)
        .flatMap(
            b -> ofLiveBundle(ctx, b).stream().filter(c -> c.id().equals(appleId)).findFirst());
  }

  /**
   * The capabilities of a bundle ID found a moment ago, none when it is gone since (a 404): Apple
   * deletes an App ID's capabilities with it, so a capability whose bundle ID was deleted meanwhile
   * (by a pruning delete running beside this one) no longer exists, which is what a delete wants.
   */
  private List<Live> ofLiveBundle(WriteContext ctx, Resource bundle) {
    return Not404.read(() -> ofBundle(ctx, bundle)).orElse(List.of());
  }

  private static List<Live> ofBundle(WriteContext ctx, Resource bundle) {
    List<Live> out = new ArrayList<>();
    ctx.client()
        .pager()
        .all(() -> ctx.client().bundleIdCapabilities().listForBundleId(bundle.id()))
        .data()
        .forEach(c -> out.add(Live.of(c, bundle.id(), BundleIdKind.Live.identifier(bundle))));
    return out;
  }

  /** Written inside its bundle ID's entry. */
  @Override
  public String parentAppleId(Live l) {
    return l.bundleIdId();
  }
}
