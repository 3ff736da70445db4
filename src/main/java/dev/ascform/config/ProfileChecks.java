package dev.ascform.config;

import dev.ascform.diag.SourcePos;
import dev.ascform.model.BundleIdSpec;
import dev.ascform.model.CertificateSelection;
import dev.ascform.model.CertificateSpec;
import dev.ascform.model.DeviceSelection;
import dev.ascform.model.DeviceSpec;
import dev.ascform.model.ProfileSpec;
import dev.ascform.model.ProfileType;
import dev.ascform.model.ResourceKind;
import java.util.List;
import java.util.Map;

/**
 * Profiles: unique names, references, and what Apple would reject: certificate types and bundle ID
 * platforms that do not fit the profile type, devices on store/in-house/direct profiles, and
 * development/ad hoc profiles without devices.
 */
final class ProfileChecks {
  private final CheckContext ctx;
  private final Map<String, BundleIdSpec> bundleIds;
  private final Map<String, CertificateSpec> certificates;
  private final Map<String, DeviceSpec> devices;

  ProfileChecks(
      CheckContext ctx,
      Map<String, BundleIdSpec> bundleIds,
      Map<String, CertificateSpec> certificates,
      Map<String, DeviceSpec> devices) {
    this.ctx = ctx;
    this.bundleIds = bundleIds;
    this.certificates = certificates;
    this.devices = devices;
  }

  void check(Map<String, ProfileSpec> profiles) {
    profiles.values().forEach(this::profile);
    ctx.unique(
        List.copyOf(profiles.values()), ProfileSpec::name, p -> ctx.at(p, "name"), "profile name");
  }

  private void profile(ProfileSpec p) {
    String where = "profiles." + p.key();
    SourcePos bpos = ctx.at(p, "bundle_id");
    if (ctx.reference(bpos, p.bundleId(), ResourceKind.BUNDLE_ID, where + ".bundle_id")) {
      BundleIdSpec b = bundleIds.get(p.bundleId());
      if (b != null && !p.type().acceptsBundleIdPlatform(b.platform())) {
        ctx.error(
            bpos,
            where
                + ".bundle_id: "
                + p.type()
                + " profiles cannot use the "
                + b.platform()
                + " bundle ID '"
                + p.bundleId()
                + "'");
      }
    }
    certificates(p, where);
    devices(p, where);
  }

  private void certificates(ProfileSpec p, String where) {
    if (p.certificates() instanceof CertificateSelection.AllOfType all) {
      if (!p.type().acceptedCertificates().contains(all.type())) {
        ctx.error(
            ctx.at(p, "certificates", "all_of_type"),
            where
                + ".certificates: "
                + p.type()
                + " profiles take "
                + p.type().acceptedCertificates()
                + " certificates, not "
                + all.type());
      } else if (certificates.values().stream().noneMatch(c -> c.type() == all.type())) {
        ctx.error(
            ctx.at(p, "certificates", "all_of_type"),
            where + ".certificates: no certificate of" + " type " + all.type() + " is declared");
      }
      return;
    }
    List<String> keys = ((CertificateSelection.Named) p.certificates()).keys();
    for (int i = 0; i < keys.size(); i++) {
      SourcePos pos = ctx.at(p, "certificates", i);
      if (ctx.reference(pos, keys.get(i), ResourceKind.CERTIFICATE, where + ".certificates")) {
        CertificateSpec c = certificates.get(keys.get(i));
        if (c != null && !p.type().acceptedCertificates().contains(c.type())) {
          ctx.error(
              pos,
              where
                  + ".certificates: '"
                  + c.key()
                  + "' is of type "
                  + c.type()
                  + ";"
                  + " "
                  + p.type()
                  + " profiles take "
                  + p.type().acceptedCertificates());
        }
      }
    }
  }

  private void devices(ProfileSpec p, String where) {
    DeviceSelection sel = p.devices();
    boolean none = sel instanceof DeviceSelection.Named n && n.keys().isEmpty();
    if (!p.type().takesDevices()) {
      if (!none) {
        ctx.error(
            ctx.at(p, "devices"),
            where
                + ".devices: "
                + p.type()
                + " profiles take no devices"
                + " (Apple rejects them with 409); remove 'devices'");
      }
      return;
    }
    if (none) {
      ctx.error(
          p.pos(),
          where
              + ": "
              + p.type()
              + " profiles need at least one device; add 'devices'"
              + " (names, 'all', or a selector)");
      return;
    }
    if (sel instanceof DeviceSelection.Named named) {
      namedDevices(p, where, named.keys());
      return;
    }
    boolean any =
        devices.values().stream()
            .filter(DeviceSpec::enabled)
            .filter(d -> p.type().acceptsDevicePlatform(d.platform()))
            .anyMatch(d -> !(sel instanceof DeviceSelection.Selector s) || s.matches(d));
    if (!any) {
      ctx.error(
          ctx.at(p, "devices"),
          where
              + ".devices: the selection matches no enabled device that "
              + p.type()
              + " profiles can hold; they need at least one");
    }
  }

  private void namedDevices(ProfileSpec p, String where, List<String> keys) {
    ProfileType type = p.type();
    for (int i = 0; i < keys.size(); i++) {
      DeviceSpec known = devices.get(keys.get(i));
      if (known != null
          && known.enabled()
          && type.acceptsDevicePlatform(known.platform())
          && ctx.declares(ResourceKind.DEVICE, keys.get(i))) {
        continue; // nothing to report, so no position to look up (profiles list hundreds)
      }
      SourcePos pos = ctx.at(p, "devices", i);
      if (!ctx.reference(pos, keys.get(i), ResourceKind.DEVICE, where + ".devices")) {
        continue;
      }
      DeviceSpec d = devices.get(keys.get(i));
      if (d == null) {
        continue;
      }
      if (!type.acceptsDevicePlatform(d.platform())) {
        ctx.error(
            pos,
            where
                + ".devices: '"
                + d.key()
                + "' is a device of platform "
                + d.platform()
                + ", which "
                + type
                + " profiles cannot hold");
      } else if (!d.enabled()) {
        ctx.error(
            pos,
            where
                + ".devices: '"
                + d.key()
                + "' is DISABLED in this config, and Apple refuses a profile that names a disabled"
                + " device (409); remove it from the list, or enable it");
      }
    }
  }
}
