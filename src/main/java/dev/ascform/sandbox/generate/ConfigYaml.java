package dev.ascform.sandbox.generate;

import dev.ascform.sandbox.generate.AccountModel.App;
import dev.ascform.sandbox.generate.AccountModel.Build;
import dev.ascform.sandbox.generate.AccountModel.BundleId;
import dev.ascform.sandbox.generate.AccountModel.Capability;
import dev.ascform.sandbox.generate.AccountModel.Certificate;
import dev.ascform.sandbox.generate.AccountModel.Device;
import dev.ascform.sandbox.generate.AccountModel.Group;
import dev.ascform.sandbox.generate.AccountModel.Person;
import dev.ascform.sandbox.generate.AccountModel.Profile;
import dev.ascform.sandbox.generate.AccountModel.Tester;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes the config side of a model as ascform config files (docs/CONFIG.md), by file name. */
final class ConfigYaml {

  private ConfigYaml() {}

  static Map<String, String> write(AccountModel m, String account, String header) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "account.yaml",
        header
            + "account:\n  name: "
            + account
            + "\n\nsettings:\n"
            + "  prune:\n    beta_testers: true\n  safety:\n    max_destroy_percent: 30\n"
            + "    min_resources_for_threshold: 10\n  min_admins: 2\n");
    files.put("apps.yaml", header + apps(m));
    files.put("devices.yaml", header + devices(m));
    files.put("signing.yaml", header + signing(m));
    files.put("people.yaml", header + people(m));
    files.put("testflight.yaml", header + testflight(m));
    return files;
  }

  private static String apps(AccountModel m) {
    StringBuilder y = new StringBuilder("apps:\n");
    for (App a : m.apps) {
      y.append("  ")
          .append(a.local())
          .append(": {bundle_id: ")
          .append(a.bundleId())
          .append(", name: ")
          .append(Yaml.q(a.name()))
          .append("}\n");
    }
    y.append("\nbundle_ids:\n");
    for (BundleId b : m.bundleIds) {
      y.append("  ")
          .append(b.local())
          .append(":\n    identifier: ")
          .append(b.identifier())
          .append("\n    name: ")
          .append(Yaml.q(b.configName()))
          .append("\n    platform: ")
          .append(b.platform())
          .append("\n    capabilities:\n");
      for (Capability c : b.capabilities()) {
        y.append("      ")
            .append(c.type())
            .append(": ")
            .append(c.setting() == null ? "{}" : "{" + c.setting() + ": " + c.configOption() + "}")
            .append('\n');
      }
    }
    return y.toString();
  }

  private static String devices(AccountModel m) {
    StringBuilder y = new StringBuilder("devices:\n");
    for (Device d : m.devices) {
      y.append("  ")
          .append(d.local())
          .append(": {name: ")
          .append(Yaml.q(d.configName()))
          .append(", udid: ")
          .append(Yaml.q(d.udid()))
          .append(", platform: ")
          .append(d.platform())
          .append(", device_class: ")
          .append(d.deviceClass())
          .append("}\n");
    }
    return y.toString();
  }

  private static String signing(AccountModel m) {
    StringBuilder y = new StringBuilder("certificates:\n");
    for (Certificate c : m.certificates) {
      y.append("  ")
          .append(c.local())
          .append(": {name: ")
          .append(Yaml.q(c.name()))
          .append(", type: ")
          .append(c.type())
          .append(", manage: adopt}\n");
    }
    y.append("\nprofiles:\n");
    for (Profile p : m.profiles) {
      y.append("  ")
          .append(p.local())
          .append(":\n    name: ")
          .append(Yaml.q(p.name()))
          .append("\n    type: ")
          .append(p.type())
          .append("\n    bundle_id: ")
          .append(p.bundleLocal())
          .append("\n    certificates: ")
          .append(Yaml.list(p.certificates(), false))
          .append('\n');
      if (!p.configDevices().isEmpty()) {
        y.append("    devices: ").append(Yaml.list(p.configDevices(), false)).append('\n');
      }
    }
    return y.toString();
  }

  private static String people(AccountModel m) {
    StringBuilder y = new StringBuilder("users:\n");
    for (Person p : m.people) {
      if (!p.inConfig()) {
        continue;
      }
      y.append("  ")
          .append(p.local())
          .append(":\n    email: ")
          .append(p.email())
          .append("\n    first_name: ")
          .append(Yaml.q(p.first()))
          .append("\n    last_name: ")
          .append(Yaml.q(p.last()))
          .append("\n    roles: ")
          .append(Yaml.list(p.configRoles(), false))
          .append("\n    all_apps_visible: ")
          .append(p.allApps())
          .append("\n    provisioning_allowed: ")
          .append(p.provisioning())
          .append('\n');
      if (!p.allApps()) {
        y.append("    visible_apps: ").append(Yaml.list(p.visibleApps(), false)).append('\n');
      }
    }
    return y.toString();
  }

  private static String testflight(AccountModel m) {
    StringBuilder y = new StringBuilder(1 << 20).append("beta_groups:\n");
    for (Group g : m.groups) {
      y.append("  ")
          .append(g.local())
          .append(":\n    app: ")
          .append(g.app())
          .append("\n    name: ")
          .append(Yaml.q(g.name()))
          .append("\n    internal: ")
          .append(g.internal());
      if (g.internal()) {
        y.append("\n    has_access_to_all_builds: true");
      }
      y.append("\n    feedback_enabled: ").append(g.configFeedback());
      if (!g.builds().isEmpty()) {
        y.append("\n    builds:");
        for (Build b : g.builds()) {
          y.append("\n      - {version: ")
              .append(Yaml.q(b.version()))
              .append(", build: ")
              .append(Yaml.q(b.number()))
              .append('}');
        }
      }
      y.append("\n    testers:\n");
      for (String email : g.configTesters()) {
        Tester t = m.testers.get(email);
        y.append("      - {email: ").append(email);
        if (t != null) {
          y.append(", first_name: ")
              .append(Yaml.q(t.first()))
              .append(", last_name: ")
              .append(Yaml.q(t.last()));
        }
        y.append("}\n");
      }
    }
    return y.toString();
  }
}
