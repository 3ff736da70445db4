package dev.ascform.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.diag.SourcePos;
import dev.ascform.model.BundleIdPlatform;
import dev.ascform.model.BundleIdSpec;
import dev.ascform.model.CapabilitySpec;
import dev.ascform.model.CertificateSelection;
import dev.ascform.model.CertificateSpec;
import dev.ascform.model.CertificateType;
import dev.ascform.model.DeviceClass;
import dev.ascform.model.DeviceSelection;
import dev.ascform.model.DeviceSpec;
import dev.ascform.model.DeviceStatus;
import dev.ascform.model.ProfileSpec;
import dev.ascform.model.ProfileType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Builds the signing records (bundle IDs, devices, certificates, profiles) from valid mappings. */
final class SigningBuilders {
  private final Positions positions;

  SigningBuilders(Positions positions) {
    this.positions = positions;
  }

  BundleIdSpec bundleId(String key, JsonNode n, SourcePos pos) {
    Map<String, CapabilitySpec> caps = new TreeMap<>();
    String capsPointer = "/bundle_ids/" + key + "/capabilities";
    n.path("capabilities")
        .properties()
        .forEach(
            e -> {
              Map<String, List<String>> settings = new TreeMap<>();
              e.getValue()
                  .properties()
                  .forEach(s -> settings.put(s.getKey(), Fields.texts(e.getValue(), s.getKey())));
              SourcePos capPos = positions.key(Positions.child(capsPointer, e.getKey()));
              caps.put(e.getKey(), new CapabilitySpec(e.getKey(), new TreeMap<>(settings), capPos));
            });
    return new BundleIdSpec(
        key,
        Fields.text(n, "identifier"),
        Fields.text(n, "name"),
        Fields.enumValue(n, "platform", BundleIdPlatform.class),
        Fields.optText(n, "seed_id"),
        new TreeMap<>(caps),
        Fields.bool(n, "prevent_destroy", false),
        pos);
  }

  DeviceSpec device(String key, JsonNode n, SourcePos pos) {
    return new DeviceSpec(
        key,
        Fields.text(n, "name"),
        Fields.text(n, "udid"),
        Fields.enumValue(n, "platform", BundleIdPlatform.class),
        Fields.optEnum(n, "device_class", DeviceClass.class),
        Fields.optEnum(n, "status", DeviceStatus.class).orElse(DeviceStatus.ENABLED),
        Fields.texts(n, "tags"),
        Fields.bool(n, "prevent_destroy", false),
        pos);
  }

  CertificateSpec certificate(String key, JsonNode n, SourcePos pos) {
    CertificateSpec.Management manage =
        Fields.optText(n, "manage")
            .map(s -> CertificateSpec.Management.valueOf(s.toUpperCase(Locale.ROOT)))
            .orElse(CertificateSpec.Management.CREATE);
    return new CertificateSpec(
        key,
        Fields.optText(n, "name"),
        Fields.enumValue(n, "type", CertificateType.class),
        manage,
        Fields.optText(n, "serial"),
        Fields.optDuration(n, "renew_before"),
        Fields.bool(n, "prevent_destroy", true),
        pos);
  }

  ProfileSpec profile(String key, JsonNode n, SourcePos pos) {
    JsonNode certs = n.path("certificates");
    CertificateSelection certSel =
        certs.isObject()
            ? new CertificateSelection.AllOfType(
                Fields.enumValue(certs, "all_of_type", CertificateType.class))
            : new CertificateSelection.Named(Fields.texts(n, "certificates"));
    return new ProfileSpec(
        key,
        Fields.text(n, "name"),
        Fields.enumValue(n, "type", ProfileType.class),
        Fields.text(n, "bundle_id"),
        certSel,
        devices(n.path("devices")),
        Fields.optDuration(n, "renew_before"),
        Fields.bool(n, "prevent_destroy", false),
        pos);
  }

  private static DeviceSelection devices(JsonNode d) {
    if (d.isMissingNode() || d.isNull()) {
      return DeviceSelection.none();
    }
    if (d.isTextual()) {
      return new DeviceSelection.All();
    }
    if (d.isObject()) {
      return new DeviceSelection.Selector(
          Fields.optEnum(d, "platform", BundleIdPlatform.class),
          Fields.optEnum(d, "device_class", DeviceClass.class),
          Fields.texts(d, "tags"));
    }
    List<String> keys = new ArrayList<>();
    d.forEach(x -> keys.add(x.asText()));
    return new DeviceSelection.Named(keys);
  }
}
