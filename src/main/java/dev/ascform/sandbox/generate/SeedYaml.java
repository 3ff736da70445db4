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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes the account side of a model as a sandbox seed (format: docs/SANDBOX.md). */
final class SeedYaml {
  private SeedYaml() {}

  static String write(AccountModel m, String header) {
    StringBuilder y = new StringBuilder(1 << 20).append(header);
    y.append("team:\n  name: ")
        .append(Yaml.q("Acme Co"))
        .append("\n  teamId: ")
        .append(m.teamId)
        .append("\n  vendorNumbers: [\"85000000\"]\n")
        .append("  membershipYearStart: \"2026-03-01\"\n\napps:\n");
    for (App a : m.apps) {
      y.append("  - {bundleId: ")
          .append(a.bundleId())
          .append(", name: ")
          .append(Yaml.q(a.name()))
          .append(", sku: ")
          .append(a.sku())
          .append(", primaryLocale: en-US}\n");
    }
    Map<String, String> identifiers = new HashMap<>();
    m.apps.forEach(a -> identifiers.put(a.local(), a.bundleId()));
    y.append("\nbuilds:\n");
    for (Build b : m.builds) {
      y.append("  - {app: ")
          .append(identifiers.get(b.app()))
          .append(", version: ")
          .append(Yaml.q(b.version()))
          .append(", buildNumber: ")
          .append(Yaml.q(b.number()))
          .append(", platform: ")
          .append(b.platform())
          .append(", uploadedDate: ")
          .append(Yaml.q(b.uploaded()))
          .append("}\n");
    }
    bundleIds(y, m);
    y.append("\ndevices:\n");
    for (Device d : m.devices) {
      if (d.inSeed()) {
        y.append("  - {name: ")
            .append(Yaml.q(d.seedName()))
            .append(", udid: ")
            .append(Yaml.q(d.udid()))
            .append(", platform: ")
            .append(d.platform())
            .append(", deviceClass: ")
            .append(d.deviceClass())
            .append(", model: ")
            .append(Yaml.q(d.model()))
            .append("}\n");
      }
    }
    signing(y, m);
    people(y, m);
    testflight(y, m, identifiers);
    return y.toString();
  }

  private static void bundleIds(StringBuilder y, AccountModel m) {
    y.append("\nbundleIds:\n");
    for (BundleId b : m.bundleIds) {
      if (!b.inSeed()) {
        continue;
      }
      y.append("  - identifier: ")
          .append(b.identifier())
          .append("\n    name: ")
          .append(Yaml.q(b.seedName()))
          .append("\n    platform: ")
          .append(b.platform())
          .append("\n    capabilities:\n");
      for (Capability c : b.capabilities()) {
        y.append("      - ");
        if (c.setting() == null) {
          y.append(c.type()).append('\n');
        } else {
          y.append("{type: ")
              .append(c.type())
              .append(", settings: [{key: ")
              .append(c.setting())
              .append(", options: [{key: ")
              .append(c.seedOption())
              .append("}]}]}\n");
        }
      }
    }
  }

  private static void signing(StringBuilder y, AccountModel m) {
    y.append("\ncertificates:\n");
    for (Certificate c : m.certificates) {
      y.append("  - {ref: ")
          .append(c.local())
          .append(", type: ")
          .append(c.type())
          .append(", name: ")
          .append(Yaml.q(c.name()))
          .append("}\n");
    }
    Map<String, String> identifiers = new HashMap<>();
    m.bundleIds.forEach(b -> identifiers.put(b.local(), b.identifier()));
    Map<String, String> udids = new HashMap<>();
    m.devices.forEach(d -> udids.put(d.local(), d.udid()));
    y.append("\nprofiles:\n");
    for (Profile p : m.profiles) {
      y.append("  - {name: ")
          .append(Yaml.q(p.name()))
          .append(", type: ")
          .append(p.type())
          .append(", bundleId: ")
          .append(identifiers.get(p.bundleLocal()))
          .append(", certificates: ")
          .append(Yaml.list(p.certificates(), false))
          .append(", devices: ")
          .append(Yaml.list(p.seedDevices().stream().map(udids::get).toList(), true))
          .append("}\n");
    }
  }

  private static void people(StringBuilder y, AccountModel m) {
    Map<String, String> identifiers = new HashMap<>();
    m.apps.forEach(a -> identifiers.put(a.local(), a.bundleId()));
    for (boolean invitations : new boolean[] {false, true}) {
      y.append(invitations ? "\ninvitations:\n" : "\nusers:\n");
      for (Person p : m.people) {
        if (p.inSeed() && p.invitation() == invitations) {
          List<String> visible = p.visibleApps().stream().map(identifiers::get).toList();
          y.append("  - {email: ")
              .append(p.email())
              .append(", firstName: ")
              .append(Yaml.q(p.first()))
              .append(", lastName: ")
              .append(Yaml.q(p.last()))
              .append(", roles: ")
              .append(Yaml.list(p.seedRoles(), false))
              .append(", allAppsVisible: ")
              .append(p.allApps())
              .append(", provisioningAllowed: ")
              .append(p.provisioning())
              .append(", visibleApps: ")
              .append(Yaml.list(visible, false))
              .append("}\n");
        }
      }
    }
  }

  private static void testflight(StringBuilder y, AccountModel m, Map<String, String> identifiers) {
    y.append("\nbetaTesters:\n");
    for (Tester t : m.testers.values()) {
      y.append("  - {email: ")
          .append(t.email())
          .append(", firstName: ")
          .append(Yaml.q(t.first()))
          .append(", lastName: ")
          .append(Yaml.q(t.last()))
          .append("}\n");
    }
    y.append("\nbetaGroups:\n");
    for (Group g : m.groups) {
      y.append("  - {app: ")
          .append(identifiers.get(g.app()))
          .append(", name: ")
          .append(Yaml.q(g.name()))
          .append(", isInternalGroup: ")
          .append(g.internal())
          .append(", hasAccessToAllBuilds: ")
          .append(g.internal())
          .append(", publicLinkEnabled: false, feedbackEnabled: ")
          .append(g.seedFeedback())
          .append(",\n     builds: ")
          .append(Yaml.list(g.builds().stream().map(Build::number).toList(), true))
          .append(",\n     testers: ")
          .append(Yaml.list(g.seedTesters(), false))
          .append("}\n");
    }
  }
}
