package dev.ascform.generate;

import dev.ascform.config.ConfigForm;
import dev.ascform.export.ExportEntry;
import dev.ascform.export.YamlText;
import dev.ascform.kinds.BetaGroupKind;
import dev.ascform.kinds.BundleIdKind;
import dev.ascform.kinds.CertificateKind;
import dev.ascform.kinds.DeviceKind;
import dev.ascform.kinds.ProfileKind;
import dev.ascform.kinds.UserKind;
import dev.ascform.model.form.Entry;
import dev.ascform.model.form.Section;
import dev.ascform.sandbox.generate.AccountModel;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the config side of a generated account ({@code ascform sandbox generate}) as ascform
 * config files, by file name: every entry through its section's declaration (declared fields only,
 * in declared order) and the same YAML writer as {@code ascform export}. It lives outside the
 * sandbox because the declarations belong to the client, which the sandbox never imports.
 */
public final class GeneratedConfig {
  private GeneratedConfig() {}

  /**
   * The config files of {@code m} for account {@code account}, each starting with {@code header}.
   */
  public static Map<String, String> write(AccountModel m, String account, String header) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("account.yaml", header + account(account));
    files.put(
        "apps.yaml",
        header
            + new YamlText()
                .section(ConfigForm.APPS.name(), apps(m))
                .line("")
                .section(BundleIdKind.SECTION.name(), bundleIds(m)));
    files.put("devices.yaml", header + one(DeviceKind.SECTION, devices(m)));
    files.put(
        "signing.yaml",
        header
            + new YamlText()
                .section(CertificateKind.SECTION.name(), certificates(m))
                .line("")
                .section(ProfileKind.SECTION.name(), profiles(m)));
    files.put("people.yaml", header + one(UserKind.SECTION, users(m)));
    files.put("testflight.yaml", header + one(BetaGroupKind.SECTION, groups(m)));
    return files;
  }

  private static String one(Section s, Map<String, ExportEntry> entries) {
    return new YamlText().section(s.name(), entries).toString();
  }

  private static String account(String account) {
    Entry settings = ConfigForm.SETTINGS.entry();
    settings.put("prune", settings.nested("prune").put("beta_testers", true).build());
    settings.put(
        "safety",
        settings
            .nested("safety")
            .put("max_destroy_percent", 30)
            .put("min_resources_for_threshold", 10)
            .build());
    settings.put("min_admins", 2);
    return new YamlText()
        .part("account", ConfigForm.ACCOUNT.entry().put("name", account).build())
        .line("")
        .part("settings", settings.build())
        .toString();
  }

  private static Map<String, ExportEntry> apps(AccountModel m) {
    Map<String, ExportEntry> out = new LinkedHashMap<>();
    for (App a : m.apps) {
      out.put(
          a.local(),
          entry(ConfigForm.APPS.entry().put("bundle_id", a.bundleId()).put("name", a.name())));
    }
    return out;
  }

  private static Map<String, ExportEntry> bundleIds(AccountModel m) {
    Map<String, ExportEntry> out = new LinkedHashMap<>();
    for (BundleId b : m.bundleIds) {
      Map<String, Object> caps = new LinkedHashMap<>();
      for (Capability c : b.capabilities()) {
        caps.put(c.type(), c.setting() == null ? Map.of() : Map.of(c.setting(), c.configOption()));
      }
      out.put(
          b.local(),
          entry(
              BundleIdKind.SECTION
                  .entry()
                  .put("identifier", b.identifier())
                  .put("name", b.configName())
                  .put("platform", b.platform())
                  .put("capabilities", caps)));
    }
    return out;
  }

  private static Map<String, ExportEntry> devices(AccountModel m) {
    Map<String, ExportEntry> out = new LinkedHashMap<>();
    for (Device d : m.devices) {
      out.put(
          d.local(),
          entry(
              DeviceKind.SECTION
                  .entry()
                  .put("name", d.configName())
                  .put("udid", d.udid())
                  .put("platform", d.platform())
                  .put("device_class", d.deviceClass())));
    }
    return out;
  }

  private static Map<String, ExportEntry> certificates(AccountModel m) {
    Map<String, ExportEntry> out = new LinkedHashMap<>();
    for (Certificate c : m.certificates) {
      out.put(
          c.local(),
          entry(
              CertificateKind.SECTION
                  .entry()
                  .put("name", c.name())
                  .put("type", c.type())
                  .put("manage", "adopt")));
    }
    return out;
  }

  private static Map<String, ExportEntry> profiles(AccountModel m) {
    Map<String, ExportEntry> out = new LinkedHashMap<>();
    for (Profile p : m.profiles) {
      Entry e =
          ProfileKind.SECTION
              .entry()
              .put("name", p.name())
              .put("type", p.type())
              .put("bundle_id", p.bundleLocal())
              .put("certificates", p.certificates());
      if (!p.configDevices().isEmpty()) {
        e.put("devices", p.configDevices());
      }
      out.put(p.local(), entry(e));
    }
    return out;
  }

  private static Map<String, ExportEntry> users(AccountModel m) {
    Map<String, ExportEntry> out = new LinkedHashMap<>();
    for (Person p : m.people) {
      if (!p.inConfig()) {
        continue;
      }
      Entry e =
          UserKind.SECTION
              .entry()
              .put("email", p.email())
              .put("first_name", p.first())
              .put("last_name", p.last())
              .put("roles", p.configRoles())
              .put("all_apps_visible", p.allApps())
              .put("provisioning_allowed", p.provisioning());
      if (!p.allApps()) {
        e.put("visible_apps", p.visibleApps());
      }
      out.put(p.local(), entry(e));
    }
    return out;
  }

  private static Map<String, ExportEntry> groups(AccountModel m) {
    Map<String, ExportEntry> out = new LinkedHashMap<>();
    for (Group g : m.groups) {
      Entry e =
          BetaGroupKind.SECTION
              .entry()
              .put("app", g.app())
              .put("name", g.name())
              .put("internal", g.internal())
              .put("feedback_enabled", g.configFeedback());
      if (g.internal()) {
        e.put("has_access_to_all_builds", true);
      }
      if (!g.builds().isEmpty()) {
        List<Object> builds = new ArrayList<>();
        for (Build b : g.builds()) {
          builds.add(e.item("builds").put("version", b.version()).put("build", b.number()).build());
        }
        e.put("builds", builds);
      }
      List<Object> testers = new ArrayList<>();
      for (String email : g.configTesters()) {
        Tester t = m.testers.get(email);
        Entry te = e.item("testers").put("email", email);
        if (t != null) {
          te.put("first_name", t.first()).put("last_name", t.last());
        }
        testers.add(te.build());
      }
      e.put("testers", testers);
      out.put(g.local(), entry(e));
    }
    return out;
  }

  private static ExportEntry entry(Entry e) {
    return ExportEntry.of(e.build());
  }
}
