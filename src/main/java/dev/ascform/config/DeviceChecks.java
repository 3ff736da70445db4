package dev.ascform.config;

import dev.ascform.model.BundleIdPlatform;
import dev.ascform.model.CertificateSpec;
import dev.ascform.model.DeviceClass;
import dev.ascform.model.DeviceSpec;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Devices (UDID formats, class versus platform, duplicate UDIDs) and certificates. */
final class DeviceChecks {
  private final CheckContext ctx;

  DeviceChecks(CheckContext ctx) {
    this.ctx = ctx;
  }

  void devices(Collection<DeviceSpec> devices) {
    for (DeviceSpec d : devices) {
      String problem = Syntax.udidProblem(d.udid(), d.platform());
      if (problem != null) {
        ctx.error(ctx.at(d, "udid"), "devices." + d.key() + ".udid: " + problem);
      }
      d.deviceClass()
          .ifPresent(
              c -> {
                BundleIdPlatform expected =
                    c == DeviceClass.MAC ? BundleIdPlatform.MAC_OS : BundleIdPlatform.IOS;
                if (d.platform() != expected && d.platform() != BundleIdPlatform.UNIVERSAL) {
                  ctx.error(
                      ctx.at(d, "device_class"),
                      "devices."
                          + d.key()
                          + ".device_class: "
                          + c
                          + " devices have platform "
                          + expected
                          + ", not "
                          + d.platform());
                }
              });
    }
    ctx.unique(List.copyOf(devices), DeviceSpec::normalizedUdid, d -> ctx.at(d, "udid"), "UDID");
  }

  void certificates(Collection<CertificateSpec> certs) {
    for (CertificateSpec c : certs) {
      String where = "certificates." + c.key();
      if (c.manage() == CertificateSpec.Management.ADOPT
          && c.serial().isEmpty()
          && c.name().isEmpty()) {
        ctx.error(
            c.pos(),
            where
                + ": an adopted certificate needs a serial, or a name to find it by"
                + " (with its type)");
      }
      String type = c.type() == null ? "" : c.type().name();
      if (c.manage() == CertificateSpec.Management.CREATE
          && (type.startsWith("APPLE_PAY") || type.startsWith("PASS_TYPE_ID"))) {
        ctx.error(
            ctx.at(c, "type"),
            where
                + ".type: ascform cannot create "
                + type
                + " certificates yet: Apple needs the "
                + (type.startsWith("APPLE_PAY") ? "merchant ID" : "pass type ID")
                + " they belong to, and ascform does not manage those identifiers yet. Create the"
                + " certificate in the developer portal and declare it with 'manage: adopt' (and"
                + " its serial or name)");
      }
      if (c.manage() == CertificateSpec.Management.CREATE && c.serial().isPresent()) {
        ctx.error(
            ctx.at(c, "serial"),
            where
                + ".serial: a serial is only for 'manage: adopt';"
                + " ascform learns the serial of a certificate it creates");
      }
    }
    List<CertificateSpec> withSerial = certs.stream().filter(c -> c.serial().isPresent()).toList();
    ctx.unique(
        withSerial,
        c -> c.serial().orElseThrow().toUpperCase(Locale.ROOT),
        c -> ctx.at(c, "serial"),
        "certificate serial");
  }
}
