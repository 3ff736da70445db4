package dev.ascform.kinds;

import static dev.ascform.model.form.Field.optional;
import static dev.ascform.model.form.Field.required;

import dev.ascform.api.AscClient;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.resources.Attributes;
import dev.ascform.api.resources.Requests;
import dev.ascform.config.ConfigForm;
import dev.ascform.config.Udids;
import dev.ascform.export.ExportContext;
import dev.ascform.export.ExportEntry;
import dev.ascform.export.Exportable;
import dev.ascform.live.LiveReads;
import dev.ascform.model.BundleIdPlatform;
import dev.ascform.model.DesiredState;
import dev.ascform.model.DeviceClass;
import dev.ascform.model.DeviceSpec;
import dev.ascform.model.DeviceStatus;
import dev.ascform.model.ResourceKind;
import dev.ascform.model.form.Choice;
import dev.ascform.model.form.Def;
import dev.ascform.model.form.Entry;
import dev.ascform.model.form.ListOf;
import dev.ascform.model.form.Obj;
import dev.ascform.model.form.Ref;
import dev.ascform.model.form.Section;
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
import java.util.TreeMap;

/**
 * Registered devices, keyed by lower-case UDID. Name and status are updated in place. Apple cannot
 * delete a device: a removal disables it, and a different platform or device class is a planning
 * error (it cannot be replaced).
 */
public final class DeviceKind
    implements Exportable<DeviceKind.Live>,
        KindOps<DeviceSpec, DeviceKind.Live>,
        UpdateOps<DeviceSpec, DeviceKind.Live>,
        RetireOps<DeviceKind.Live> {

  /** The shared read of every device. */
  public static final String READ = "devices";

  /** A live device. */
  public record Live(
      String id, String udid, String name, String platform, String deviceClass, String status) {
    static Live of(Resource r) {
      Attributes.Device a = r.attributesAs(Attributes.Device.class);
      return new Live(
          r.id(),
          a.udid() == null ? null : a.udid().toLowerCase(Locale.ROOT),
          a.name(),
          a.platform(),
          a.deviceClass(),
          a.status());
    }
  }

  @Override
  public String createVerb() {
    return "register";
  }

  @Override
  public List<String> unknownValues(Live l) {
    return new KnownValues()
        .check("platform", l.platform(), BundleIdPlatform.class)
        .check("deviceClass", l.deviceClass(), DeviceClass.class)
        .check("status", l.status(), DeviceStatus.class)
        .unknown();
  }

  @Override
  public String createConsequence(DeviceSpec desired) {
    return "uses one of the family's 100 yearly registrations (disabling does not free it)";
  }

  @Override
  public String name() {
    return ResourceKind.DEVICE.addressPrefix();
  }

  @Override
  public int rank() {
    return 10;
  }

  @Override
  public String naturalKey(DeviceSpec d) {
    return d.normalizedUdid();
  }

  @Override
  public String liveNaturalKey(Live l) {
    return l.udid();
  }

  @Override
  public String appleId(Live l) {
    return l.id();
  }

  @Override
  public String unmanagedName(Live l) {
    return l.udid();
  }

  @Override
  public boolean isRemovable(Live l) {
    return !DeviceStatus.DISABLED.name().equals(l.status());
  }

  @Override
  public Map<String, Object> desiredAttributes(DeviceSpec d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("udid", d.normalizedUdid());
    m.put("name", d.name());
    m.put("platform", d.platform().name());
    d.deviceClass().ifPresent(c -> m.put("device_class", c.name()));
    m.put("status", d.status().name());
    return m;
  }

  @Override
  public Map<String, Object> liveAttributes(Live l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("udid", l.udid());
    m.put("name", l.name());
    m.put("platform", l.platform());
    if (l.deviceClass() != null) {
      m.put("device_class", l.deviceClass());
    }
    m.put("status", l.status());
    return m;
  }

  @Override
  public Set<String> immutableFields() {
    return Set.of("udid", "platform", "device_class");
  }

  @Override
  public Map<String, Object> retired(Map<String, Object> liveAttributes) {
    Map<String, Object> m = new LinkedHashMap<>(liveAttributes);
    m.put("status", DeviceStatus.DISABLED.name());
    return m;
  }

  @Override
  public String retireConsequence() {
    return "Apple cannot delete devices: it is disabled, and still counts against this"
        + " membership year's device limit";
  }

  @Override
  public Map<Address, Desired<DeviceSpec>> desired(DesiredState state) {
    Map<Address, Desired<DeviceSpec>> out = new TreeMap<>();
    state
        .devices()
        .values()
        .forEach(d -> out.put(Address.parse(d.address()), new Desired<>(d, d.preventDestroy())));
    return out;
  }

  @Override
  public List<Live> readAll(LiveReads reads) {
    List<Resource> all = reads.shared(READ, DeviceKind::readNow);
    List<Live> out = new ArrayList<>();
    all.forEach(r -> out.add(Live.of(r)));
    return out;
  }

  private static List<Resource> readNow(AscClient c) {
    return c.pager().all(() -> c.devices().list(null, null, null)).data();
  }

  @Override
  public Live create(WriteContext ctx, DeviceSpec d) {
    Live created =
        Live.of(
            ctx.client()
                .devices()
                .create(Requests.deviceCreate(d.name(), d.udid(), d.platform().name()))
                .data());
    if (!d.enabled()) {
      return retire(ctx, created.id());
    }
    return created;
  }

  @Override
  public Live update(WriteContext ctx, String appleId, DeviceSpec d) {
    return Live.of(
        ctx.client()
            .devices()
            .update(appleId, Requests.deviceUpdate(appleId, d.name(), d.status().name()))
            .data());
  }

  @Override
  public Live retire(WriteContext ctx, String appleId) {
    return Live.of(
        ctx.client()
            .devices()
            .update(appleId, Requests.deviceUpdate(appleId, null, DeviceStatus.DISABLED.name()))
            .data());
  }

  @Override
  public Optional<Live> find(WriteContext ctx, DeviceSpec d) {
    return ctx.client().lookups().findDeviceByUdid(d.udid()).map(Live::of);
  }

  @Override
  public Optional<Live> reread(WriteContext ctx, String appleId, String naturalKey) {
    return Not404.read(() -> ctx.client().devices().get(appleId).data()).map(Live::of);
  }

  /** The {@code devices} section. */
  public static final Section SECTION =
      new Section(
          "devices",
          "Registered devices, by local name.",
          new Def(
              "Device",
              Obj.of(
                  required("name", Text.nonEmpty()),
                  required("udid", Text.nonEmpty()),
                  required("platform", Ref.to(ConfigForm.BUNDLE_ID_PLATFORM)),
                  optional("device_class", Ref.to(ConfigForm.DEVICE_CLASS)),
                  optional("status", Choice.of(DeviceStatus.class)),
                  optional(
                      "tags",
                      ListOf.of(
                              Text.matching("^[a-z0-9][a-z0-9_-]*$")
                                  .describe("a tag: lower case letters, digits, '-' and '_'"))
                          .unique()),
                  ConfigForm.preventDestroy())));

  @Override
  public Section section() {
    return SECTION;
  }

  @Override
  public String exportName(Live l) {
    return l.name();
  }

  /**
   * A device whose UDID is in no form a config accepts (Apple's data should never hold one, but
   * captured fixtures do) is left out, with the reason, instead of writing a config that does not
   * load.
   */
  @Override
  public String notExported(Live l, ExportContext ctx) {
    BundleIdPlatform platform;
    try {
      platform = BundleIdPlatform.valueOf(l.platform());
    } catch (IllegalArgumentException | NullPointerException e) {
      return null; // unknown platforms are reported as unknown values
    }
    String problem = Udids.problem(l.udid(), platform);
    return problem == null ? null : "its UDID " + problem + "; a config cannot hold it";
  }

  /** Name, UDID, platform, class; DISABLED devices keep their status. */
  @Override
  public ExportEntry exportEntry(Live l, ExportContext ctx) {
    Entry m =
        SECTION
            .entry()
            .put("name", l.name())
            .put("udid", l.udid())
            .put("platform", l.platform())
            .putIfPresent("device_class", l.deviceClass());
    if (DeviceStatus.DISABLED.name().equals(l.status())) {
      m.put("status", DeviceStatus.DISABLED);
    }
    return ExportEntry.of(m.build());
  }
}
