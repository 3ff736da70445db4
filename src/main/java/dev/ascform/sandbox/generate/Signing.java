package dev.ascform.sandbox.generate;

import dev.ascform.sandbox.generate.AccountModel.BundleId;
import dev.ascform.sandbox.generate.AccountModel.Certificate;
import dev.ascform.sandbox.generate.AccountModel.Device;
import dev.ascform.sandbox.generate.AccountModel.Profile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates certificates and profiles that Apple would accept: at most three current
 * DISTRIBUTION-type certificates, certificate kinds that fit each profile type, bundle ID platforms
 * and device platforms that match it, and devices only on development and ad hoc profiles.
 */
final class Signing {
  /** Certificate types in the order they are handed out; DISTRIBUTION types appear 3 times. */
  private static final String[] CERT_ORDER = {
    "DISTRIBUTION",
    "DEVELOPMENT",
    "DEVELOPER_ID_APPLICATION",
    "DEVELOPMENT",
    "MAC_APP_DISTRIBUTION",
    "IOS_DEVELOPMENT",
    "DISTRIBUTION",
    "MAC_APP_DEVELOPMENT",
    "IOS_DISTRIBUTION",
    "MAC_INSTALLER_DISTRIBUTION",
    "DEVELOPER_ID_APPLICATION",
    "MAC_APP_DISTRIBUTION"
  };

  /** Profile types: the first half of the profiles hold devices, the second half none. */
  private static final String[] WITH_DEVICES = {
    "IOS_APP_DEVELOPMENT", "IOS_APP_ADHOC", "MAC_APP_DEVELOPMENT", "IOS_APP_DEVELOPMENT"
  };

  private static final String[] WITHOUT_DEVICES = {
    "IOS_APP_STORE", "IOS_APP_STORE", "MAC_APP_STORE", "MAC_APP_DIRECT"
  };

  private final Scale scale;
  private final Random random;
  private final AccountModel model;

  Signing(Scale scale, Random random, AccountModel model) {
    this.scale = scale;
    this.random = random;
    this.model = model;
  }

  void generate() {
    for (int i = 0; i < scale.certificates; i++) {
      String type =
          i < CERT_ORDER.length ? CERT_ORDER[i] : i % 2 == 0 ? "DEVELOPMENT" : "IOS_DEVELOPMENT";
      String label = type.toLowerCase(Locale.ROOT);
      model.certificates.add(
          new Certificate(
              String.format("%s_%02d", label, i + 1),
              type,
              String.format("%s %02d", Names.certificateName(type), i + 1)));
    }
    int half = scale.profiles / 2;
    for (int i = 0; i < scale.profiles; i++) {
      String type =
          i < half
              ? WITH_DEVICES[i % WITH_DEVICES.length]
              : WITHOUT_DEVICES[i % WITHOUT_DEVICES.length];
      profile(i, type);
    }
  }

  private void profile(int i, String type) {
    boolean mac = type.startsWith("MAC_");
    List<BundleId> fitting =
        model.bundleIds.stream()
            .filter(
                b ->
                    "UNIVERSAL".equals(b.platform()) || b.platform().equals(mac ? "MAC_OS" : "IOS"))
            .toList();
    BundleId bundle = fitting.get(random.nextInt(fitting.size()));
    List<String> certs = certificatesFor(type);
    List<String> devices = devicesFor(type, mac);
    String name = String.format("%s %s %03d", bundle.identifier(), Names.profileLabel(type), i + 1);
    model.profiles.add(
        new Profile(
            String.format("profile_%03d", i + 1),
            name,
            type,
            bundle.local(),
            certs,
            devices,
            devices));
  }

  private List<String> certificatesFor(String type) {
    List<String> kinds =
        type.endsWith("_DEVELOPMENT")
            ? List.of("DEVELOPMENT")
            : type.endsWith("_DIRECT")
                ? List.of("DEVELOPER_ID_APPLICATION")
                : List.of("DISTRIBUTION");
    List<String> out = new ArrayList<>();
    for (Certificate c : model.certificates) {
      if (kinds.contains(c.type()) && (out.isEmpty() || random.nextBoolean())) {
        out.add(c.local());
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no certificate of " + kinds + " for " + type);
    }
    return out;
  }

  private List<String> devicesFor(String type, boolean mac) {
    if (!type.endsWith("_DEVELOPMENT") && !type.endsWith("_ADHOC")) {
      return List.of();
    }
    List<Integer> pool = new ArrayList<>();
    for (int d = 0; d < model.devices.size(); d++) {
      Device device = model.devices.get(d);
      if (device.platform().equals(mac ? "MAC_OS" : "IOS")) {
        pool.add(d);
      }
    }
    int max = Math.min(scale.profileDevicesMax, pool.size());
    int min = Math.min(scale.profileDevicesMin, max);
    int count = min + random.nextInt(max - min + 1);
    Collections.shuffle(pool, random);
    List<Integer> chosen = new ArrayList<>(pool.subList(0, count));
    Collections.sort(chosen);
    return chosen.stream().map(d -> model.devices.get(d).local()).toList();
  }
}
