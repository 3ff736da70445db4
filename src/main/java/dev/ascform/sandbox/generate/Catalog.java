package dev.ascform.sandbox.generate;

import dev.ascform.sandbox.generate.AccountModel.App;
import dev.ascform.sandbox.generate.AccountModel.Build;
import dev.ascform.sandbox.generate.AccountModel.BundleId;
import dev.ascform.sandbox.generate.AccountModel.Capability;
import dev.ascform.sandbox.generate.AccountModel.Device;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/** Generates apps, builds, bundle IDs with capabilities and devices, without drift. */
final class Catalog {
  private static final String[] EXTENSIONS = {
    "widget", "intents", "notificationservice", "share", "watchkitapp", "clip", "keyboard"
  };
  private static final String[][] CAPABILITIES = {
    {"PUSH_NOTIFICATIONS"},
    {"APP_GROUPS"},
    {"ASSOCIATED_DOMAINS"},
    {"MAPS"},
    {"HEALTHKIT"},
    {"HOMEKIT"},
    {"SIRIKIT"},
    {"WALLET"},
    {"NETWORK_EXTENSIONS"},
    {"PERSONAL_VPN"},
    {"ACCESS_WIFI_INFORMATION"},
    {"NFC_TAG_READING"},
    {"AUTOFILL_CREDENTIAL_PROVIDER"},
    {"ICLOUD", "ICLOUD_VERSION", "XCODE_6"},
    {"DATA_PROTECTION", "DATA_PROTECTION_PERMISSION_LEVEL", "COMPLETE_PROTECTION"},
    {"APPLE_ID_AUTH", "APPLE_ID_AUTH_APP_CONSENT", "PRIMARY_APP_CONSENT"}
  };
  private static final String[] IPHONES = {"iPhone 13", "iPhone 14", "iPhone 15 Pro", "iPhone 16"};
  private static final String[] IPADS = {"iPad Air", "iPad Pro", "iPad mini"};
  private static final String[] MACS = {"MacBook Pro", "MacBook Air", "Mac mini", "iMac"};

  private final Scale scale;
  private final Random random;
  private final AccountModel model;
  private final Set<String> udids = new HashSet<>();

  Catalog(Scale scale, Random random, AccountModel model) {
    this.scale = scale;
    this.random = random;
    this.model = model;
  }

  void generate() {
    for (int i = 0; i < scale.apps; i++) {
      app(i);
    }
    for (int k = 0; model.bundleIds.size() < scale.bundleIds; k++) {
      App app = model.apps.get(k % scale.apps);
      String suffix =
          EXTENSIONS[(k / scale.apps) % EXTENSIONS.length]
              + (k / scale.apps >= EXTENSIONS.length ? String.valueOf(k / scale.apps) : "");
      model.bundleIds.add(
          bundleId(
              app.local() + "_" + suffix,
              app.bundleId() + "." + suffix,
              app.name() + " " + suffix,
              app.platform()));
    }
    devices(scale.iphones, "iphone", "IPHONE", IPHONES);
    devices(scale.ipads, "ipad", "IPAD", IPADS);
    devices(scale.macs, "mac", "MAC", MACS);
  }

  private void app(int i) {
    String local = String.format("app%02d", i + 1);
    String platform = i % 5 == 4 ? "MAC_OS" : i % 4 == 1 ? "UNIVERSAL" : "IOS";
    String identifier = "com." + model.org + "." + local;
    String name = Names.appName(i);
    App app =
        new App(
            local,
            identifier,
            name,
            model.org.toUpperCase(Locale.ROOT) + "-" + local.toUpperCase(Locale.ROOT),
            platform);
    model.apps.add(app);
    model.bundleIds.add(bundleId(local + "_main", identifier, name, platform));
    String buildPlatform = "MAC_OS".equals(platform) ? "MAC_OS" : "IOS";
    for (int b = 0; b < Scale.BUILDS_PER_APP; b++) {
      String uploaded = String.format("2026-%02d-%02dT10:00:00Z", 6 + b, 1 + (i % 28));
      model.builds.add(
          new Build(local, "1." + b, String.valueOf(100 + b), buildPlatform, uploaded));
    }
  }

  private BundleId bundleId(String local, String identifier, String name, String platform) {
    List<Capability> caps = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < CAPABILITIES.length; c++) {
      order.add(c);
    }
    Collections.shuffle(order, random);
    for (int c : order.subList(0, Scale.CAPABILITIES_PER_BUNDLE_ID)) {
      String[] cap = CAPABILITIES[c];
      caps.add(
          cap.length == 1
              ? new Capability(cap[0], null, null, null)
              : new Capability(cap[0], cap[1], cap[2], cap[2]));
    }
    caps.sort(Comparator.comparing(Capability::type));
    return new BundleId(local, identifier, name, name, platform, caps, true);
  }

  private void devices(int count, String prefix, String deviceClass, String[] models) {
    String platform = "MAC".equals(deviceClass) ? "MAC_OS" : "IOS";
    for (int i = 0; i < count; i++) {
      String local = String.format("%s_%03d", prefix, i + 1);
      String model = models[random.nextInt(models.length)];
      String owner = Names.first(random) + " " + Names.last(random);
      String name = owner + "'s " + model + " #" + (i + 1);
      this.model.devices.add(
          new Device(local, name, name, udid(deviceClass, i), platform, deviceClass, model, true));
    }
  }

  /** A UDID valid for the class: modern 8-16 form mostly, some legacy iOS and Intel Mac ones. */
  String udid(String deviceClass, int i) {
    while (true) {
      String u;
      if ("MAC".equals(deviceClass) && i % 2 == 1) {
        u = hex(8) + "-" + hex(4) + "-" + hex(4) + "-" + hex(4) + "-" + hex(12);
      } else if (!"MAC".equals(deviceClass) && i % 10 == 9) {
        u = hex(40).toLowerCase(Locale.ROOT);
      } else {
        u = "0000" + hex(4) + "-" + hex(16);
      }
      if (udids.add(u.toUpperCase(Locale.ROOT))) {
        return u;
      }
    }
  }

  private String hex(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append("0123456789ABCDEF".charAt(random.nextInt(16)));
    }
    return b.toString();
  }
}
