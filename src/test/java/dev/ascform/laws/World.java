package dev.ascform.laws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generated config C and live account A, as plain data: every resource of C with how A holds it
 * ({@link Presence}), plus resources only A holds. {@link #configYaml()} writes C in ascform's
 * config language, {@link #seedYaml()} writes A as a sandbox seed (docs/SANDBOX.md). Keys (bundle
 * identifiers, UDIDs, emails, profile and group names) are made unique by index, so shrinking a
 * list never makes two resources collide; the generated fields around them are what varies.
 */
record World(
    List<App> apps,
    List<Bundle> bundles,
    List<Device> devices,
    List<Cert> certs,
    List<Profile> profiles,
    List<User> users,
    List<Tester> testers,
    List<Group> groups,
    Set<String> prune) {

  /** How the account holds a config resource. */
  enum Presence {
    /** Not in the account: the plan creates it. */
    ABSENT,
    /** In the account exactly as configured. */
    EXACT,
    /** In the account under the same key, other fields differ. */
    NEAR,
    /** Only in the account; the config does not name it. */
    EXTRA
  }

  record App(int i, boolean declared) {
    String local() {
      return "app" + i;
    }

    String bundleId() {
      return "com.law.app" + i;
    }
  }

  /** A bundle ID; {@code caps} maps a capability type to its option, or "" for none. */
  record Bundle(
      int i,
      boolean longLocal,
      String name,
      String platform,
      Map<String, String> caps,
      Presence presence,
      String liveName,
      String livePlatform,
      Map<String, String> liveCaps,
      boolean preventDestroy) {
    String local() {
      return longLocal ? pad("bundle_" + i + "_") : "b" + i;
    }

    String identifier() {
      return "com.law.b" + i;
    }
  }

  record Device(
      int i,
      boolean longLocal,
      String name,
      String platform,
      String deviceClass,
      boolean enabled,
      List<String> tags,
      Presence presence,
      String liveName,
      boolean liveEnabled,
      boolean upperUdid) {
    String local() {
      return longLocal ? pad("device_" + i + "_") : "d" + i;
    }

    String udid() {
      return "MAC_OS".equals(platform)
          ? String.format("7C3E9A1B-5D2F-4E8A-9B6C-%012X", 0xA0000 + i)
          : String.format("00008110-%016X", 0xD0000L + i).toLowerCase(Locale.ROOT);
    }
  }

  /** A certificate: created by ascform ({@code adopt} false) or adopted by serial or name. */
  record Cert(int i, String type, boolean adopt, boolean bySerial, Presence presence) {
    String local() {
      return "c" + i;
    }

    String name() {
      return "Law Cert " + i;
    }

    String serial() {
      return String.format("5A3F9C21D4E6%04X", i);
    }
  }

  /** Device selection forms of a profile. */
  enum DeviceForm {
    NONE,
    LIST,
    ALL,
    PLATFORM,
    TAGS,
    DEVICE_CLASS
  }

  record Profile(
      int i,
      String name,
      String type,
      int bundle,
      boolean allOfType,
      List<Integer> certs,
      DeviceForm form,
      List<Integer> deviceList,
      String tag,
      String deviceClass,
      Presence presence,
      boolean liveDropsDevice) {
    String local() {
      return "p" + i;
    }
  }

  record User(
      int i,
      String first,
      String last,
      List<String> roles,
      boolean allApps,
      boolean provisioning,
      List<Integer> visibleApps,
      Presence presence,
      boolean invitation,
      List<String> liveRoles,
      String liveFirst,
      boolean upperEmail) {
    String local() {
      return "u" + i;
    }

    String email() {
      return "u" + i + "@law.example";
    }
  }

  record Tester(int i, String first, String last) {
    String email() {
      return "t" + i + "@law.example";
    }
  }

  record Group(
      int i,
      int app,
      String name,
      boolean feedback,
      Boolean publicLink,
      int limit,
      List<Integer> testers,
      Presence presence,
      boolean liveFeedback,
      List<Integer> liveTesters) {
    String local() {
      return "g" + i;
    }
  }

  /** The config and the seed, as a failing case prints them (keep them under resources/laws). */
  @Override
  public String toString() {
    return "\n--- ascform.yaml\n" + configYaml() + "--- seed.yaml\n" + seedYaml();
  }

  static String pad(String prefix) {
    StringBuilder b = new StringBuilder(prefix);
    while (b.length() < 64) {
      b.append('x');
    }
    return b.toString();
  }

  static String q(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }

  static String list(List<String> items) {
    return "[" + String.join(", ", items) + "]";
  }

  boolean inConfig(Presence p) {
    return p != Presence.EXTRA;
  }

  boolean inAccount(Presence p) {
    return p != Presence.ABSENT;
  }

  List<Bundle> configBundles() {
    return bundles.stream().filter(b -> inConfig(b.presence())).toList();
  }

  List<Device> configDevices() {
    return devices.stream().filter(d -> inConfig(d.presence())).toList();
  }

  List<Cert> configCerts() {
    return certs.stream().filter(c -> inConfig(c.presence())).toList();
  }

  /** The config, one file. */
  String configYaml() {
    StringBuilder y = new StringBuilder("account:\n  name: law\n\nsettings:\n");
    if (!prune.isEmpty()) {
      y.append("  prune:\n");
    }
    for (String k : new TreeSet<>(prune)) {
      y.append("    ").append(k).append(": true\n");
    }
    y.append("  safety:\n    max_destroy_percent: 100\n");
    if (apps.stream().anyMatch(App::declared)) {
      y.append("\napps:\n");
      for (App a : apps) {
        if (a.declared()) {
          y.append("  ")
              .append(a.local())
              .append(": {bundle_id: ")
              .append(a.bundleId())
              .append("}\n");
        }
      }
    }
    if (!configBundles().isEmpty()) {
      y.append("\nbundle_ids:\n");
      for (Bundle b : configBundles()) {
        y.append("  ")
            .append(b.local())
            .append(":\n    identifier: ")
            .append(b.identifier())
            .append("\n    name: ")
            .append(q(b.name()))
            .append("\n    platform: ")
            .append(b.platform())
            .append('\n');
        if (b.preventDestroy()) {
          y.append("    prevent_destroy: true\n");
        }
        if (!b.caps().isEmpty()) {
          y.append("    capabilities:\n");
          b.caps()
              .forEach(
                  (t, o) ->
                      y.append("      ")
                          .append(t)
                          .append(": ")
                          .append(o.isEmpty() ? "{}" : "{" + Caps.settingOf(t) + ": " + o + "}")
                          .append('\n'));
        }
      }
    }
    if (!configDevices().isEmpty()) {
      y.append("\ndevices:\n");
      for (Device d : configDevices()) {
        y.append("  ")
            .append(d.local())
            .append(":\n    name: ")
            .append(q(d.name()))
            .append("\n    udid: ")
            .append(q(d.udid()))
            .append("\n    platform: ")
            .append(d.platform())
            .append("\n    device_class: ")
            .append(d.deviceClass())
            .append('\n');
        if (!d.enabled()) {
          y.append("    status: DISABLED\n");
        }
        if (!d.tags().isEmpty()) {
          y.append("    tags: ").append(list(d.tags())).append('\n');
        }
      }
    }
    if (!configCerts().isEmpty()) {
      y.append("\ncertificates:\n");
      for (Cert c : configCerts()) {
        y.append("  ").append(c.local()).append(":\n    type: ").append(c.type()).append('\n');
        if (c.adopt()) {
          y.append("    manage: adopt\n");
          y.append(
              c.bySerial()
                  ? "    serial: " + c.serial() + "\n"
                  : "    name: " + q(c.name()) + "\n");
        }
      }
    }
    List<Profile> ps = profiles.stream().filter(p -> inConfig(p.presence())).toList();
    if (!ps.isEmpty()) {
      y.append("\nprofiles:\n");
      for (Profile p : ps) {
        y.append("  ")
            .append(p.local())
            .append(":\n    name: ")
            .append(q(p.name()))
            .append("\n    type: ")
            .append(p.type())
            .append("\n    bundle_id: ")
            .append(bundles.get(p.bundle()).local())
            .append("\n    certificates: ");
        if (p.allOfType()) {
          y.append("{all_of_type: ").append(certs.get(p.certs().get(0)).type()).append("}\n");
        } else {
          y.append(list(p.certs().stream().map(k -> certs.get(k).local()).toList())).append('\n');
        }
        String platform = p.type().startsWith("MAC_") ? "MAC_OS" : "IOS";
        switch (p.form()) {
          case NONE -> {}
          case LIST ->
              y.append("    devices: ")
                  .append(list(p.deviceList().stream().map(k -> devices.get(k).local()).toList()))
                  .append('\n');
          case ALL -> y.append("    devices: all\n");
          case PLATFORM -> y.append("    devices: {platform: ").append(platform).append("}\n");
          case TAGS -> y.append("    devices: {tags: [").append(p.tag()).append("]}\n");
          case DEVICE_CLASS ->
              y.append("    devices: {device_class: ").append(p.deviceClass()).append("}\n");
          default -> throw new IllegalStateException();
        }
      }
    }
    List<User> us = users.stream().filter(u -> inConfig(u.presence())).toList();
    if (!us.isEmpty()) {
      y.append("\nusers:\n");
      for (User u : us) {
        y.append("  ")
            .append(u.local())
            .append(":\n    email: ")
            .append(u.email())
            .append("\n    first_name: ")
            .append(q(u.first()))
            .append("\n    last_name: ")
            .append(q(u.last()))
            .append("\n    roles: ")
            .append(list(u.roles()))
            .append("\n    all_apps_visible: ")
            .append(u.allApps())
            .append("\n    provisioning_allowed: ")
            .append(u.provisioning())
            .append('\n');
        if (!u.allApps() && !u.visibleApps().isEmpty()) {
          y.append("    visible_apps: ")
              .append(list(u.visibleApps().stream().map(k -> apps.get(k).local()).toList()))
              .append('\n');
        }
      }
    }
    List<Group> gs = groups.stream().filter(g -> inConfig(g.presence())).toList();
    if (!gs.isEmpty()) {
      y.append("\nbeta_groups:\n");
      for (Group g : gs) {
        y.append("  ")
            .append(g.local())
            .append(":\n    app: ")
            .append(apps.get(g.app()).local())
            .append("\n    name: ")
            .append(q(g.name()))
            .append("\n    feedback_enabled: ")
            .append(g.feedback())
            .append('\n');
        if (g.publicLink() != null) {
          y.append("    public_link: {enabled: ")
              .append(g.publicLink())
              .append(", limit: ")
              .append(g.limit())
              .append("}\n");
        }
        if (!g.testers().isEmpty()) {
          y.append("    testers:\n");
          for (int t : g.testers()) {
            Tester tt = testers.get(t);
            y.append("      - {email: ")
                .append(tt.email())
                .append(", first_name: ")
                .append(q(tt.first()))
                .append(", last_name: ")
                .append(q(tt.last()))
                .append("}\n");
          }
        }
      }
    }
    return y.toString();
  }

  /** The account, as a sandbox seed. */
  String seedYaml() {
    StringBuilder y =
        new StringBuilder(
            "team:\n  name: Law Team\n  teamId: LAWTEAM001\n"
                + "  membershipYearStart: \"2026-03-01\"\n\napps:\n");
    for (App a : apps) {
      y.append("  - {bundleId: ")
          .append(a.bundleId())
          .append(", name: \"Law App ")
          .append(a.i())
          .append("\", sku: LAW")
          .append(a.i())
          .append(", primaryLocale: en-US}\n");
    }
    y.append("\nbundleIds:\n");
    for (Bundle b : bundles) {
      if (!inAccount(b.presence())) {
        continue;
      }
      y.append("  - identifier: ")
          .append(b.identifier())
          .append("\n    name: ")
          .append(q(b.liveName()))
          .append("\n    platform: ")
          .append(b.livePlatform())
          .append("\n    capabilities:\n");
      b.liveCaps()
          .forEach(
              (t, o) ->
                  y.append("      - ")
                      .append(
                          o.isEmpty()
                              ? t
                              : "{type: "
                                  + t
                                  + ", settings: [{key: "
                                  + Caps.settingOf(t)
                                  + ", options: [{key: "
                                  + o
                                  + "}]}]}")
                      .append('\n'));
    }
    y.append("\ndevices:\n");
    for (Device d : devices) {
      if (!inAccount(d.presence())) {
        continue;
      }
      String udid = d.upperUdid() ? d.udid().toUpperCase(Locale.ROOT) : d.udid();
      y.append("  - {name: ")
          .append(q(d.liveName()))
          .append(", udid: ")
          .append(q(udid))
          .append(", platform: ")
          .append(d.platform())
          .append(", deviceClass: ")
          .append(d.deviceClass())
          .append(", status: ")
          .append(d.liveEnabled() ? "ENABLED" : "DISABLED")
          .append("}\n");
    }
    y.append("\ncertificates:\n");
    for (Cert c : certs) {
      if (inAccount(c.presence())) {
        y.append("  - {ref: ")
            .append(c.local())
            .append(", type: ")
            .append(c.type())
            .append(", name: ")
            .append(q(c.name()))
            .append(", serialNumber: ")
            .append(c.serial())
            .append("}\n");
      }
    }
    y.append("\nprofiles:\n");
    for (Profile p : profiles) {
      List<String> live = liveProfileDevices(p);
      if (live == null) {
        continue;
      }
      Bundle b = bundles.get(p.bundle());
      List<String> refs =
          profileCerts(p).stream()
              .filter(k -> inAccount(certs.get(k).presence()))
              .map(k -> certs.get(k).local())
              .toList();
      y.append("  - {name: ")
          .append(q(p.name()))
          .append(", type: ")
          .append(p.type())
          .append(", bundleId: ")
          .append(b.identifier())
          .append(", certificates: ")
          .append(list(refs))
          .append(", devices: ")
          .append(list(live.stream().map(World::q).toList()))
          .append("}\n");
    }
    y.append(
        "\n"
            + "users:\n"
            + "  - {email: holder@law.example, firstName: Hold, lastName: Er, roles:"
            + " [ACCOUNT_HOLDER, ADMIN], allAppsVisible: true, provisioningAllowed: true}\n");
    List<User> live = users.stream().filter(u -> inAccount(u.presence())).toList();
    for (boolean inv : new boolean[] {false, true}) {
      if (inv) {
        y.append("\ninvitations:\n");
      }
      for (User u : live) {
        if (u.invitation() != inv) {
          continue;
        }
        String email = u.upperEmail() ? u.email().toUpperCase(Locale.ROOT) : u.email();
        y.append("  - {email: ")
            .append(q(email))
            .append(", firstName: ")
            .append(q(u.liveFirst()))
            .append(", lastName: ")
            .append(q(u.last()))
            .append(", roles: ")
            .append(list(u.liveRoles()))
            .append(", allAppsVisible: ")
            .append(u.allApps())
            .append(", provisioningAllowed: ")
            .append(u.provisioning())
            .append(", visibleApps: ")
            .append(
                list(
                    u.allApps()
                        ? List.of()
                        : u.visibleApps().stream().map(k -> apps.get(k).bundleId()).toList()))
            .append("}\n");
      }
    }
    y.append("\nbetaTesters:\n");
    for (Tester t : testers) {
      y.append("  - {email: ")
          .append(t.email())
          .append(", firstName: ")
          .append(q(t.first()))
          .append(", lastName: ")
          .append(q(t.last()))
          .append("}\n");
    }
    y.append("\nbetaGroups:\n");
    for (Group g : groups) {
      if (!inAccount(g.presence())) {
        continue;
      }
      y.append("  - {app: ")
          .append(apps.get(g.app()).bundleId())
          .append(", name: ")
          .append(q(g.name()))
          .append(", isInternalGroup: false, hasAccessToAllBuilds: false,")
          .append(" publicLinkEnabled: false, feedbackEnabled: ")
          .append(g.liveFeedback())
          .append(", testers: ")
          .append(list(g.liveTesters().stream().map(t -> testers.get(t).email()).toList()))
          .append("}\n");
    }
    return y.toString();
  }

  /** The certificates a profile uses, by index (all of the type for {@code all_of_type}). */
  List<Integer> profileCerts(Profile p) {
    if (!p.allOfType()) {
      return p.certs();
    }
    String type = certs.get(p.certs().get(0)).type();
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < certs.size(); k++) {
      if (inConfig(certs.get(k).presence()) && certs.get(k).type().equals(type)) {
        out.add(k);
      }
    }
    return out;
  }

  /** The devices a profile selects in the config, by index. */
  List<Integer> selectedDevices(Profile p) {
    String platform = p.type().startsWith("MAC_") ? "MAC_OS" : "IOS";
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < devices.size(); k++) {
      Device d = devices.get(k);
      if (!inConfig(d.presence()) || !d.enabled() || !d.platform().equals(platform)) {
        continue;
      }
      boolean in =
          switch (p.form()) {
            case NONE -> false;
            case LIST -> p.deviceList().contains(k);
            case ALL, PLATFORM -> true;
            case TAGS -> d.tags().contains(p.tag());
            case DEVICE_CLASS -> d.deviceClass().equals(p.deviceClass());
          };
      if (in) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * The UDIDs of the account's copy of a profile, or null when the account holds none (absent, or
   * its bundle ID, certificates or devices are not all in the account).
   */
  List<String> liveProfileDevices(Profile p) {
    if (!inAccount(p.presence()) || !inAccount(bundles.get(p.bundle()).presence())) {
      return null;
    }
    Bundle b = bundles.get(p.bundle());
    if (!Rules.fits(p.type(), b.livePlatform())) {
      return null;
    }
    List<Integer> cs = profileCerts(p);
    if (cs.isEmpty() || cs.stream().anyMatch(k -> !inAccount(certs.get(k).presence()))) {
      return null;
    }
    if (p.form() == DeviceForm.NONE) {
      return List.of();
    }
    List<String> udids = new ArrayList<>();
    for (int k : selectedDevices(p)) {
      Device d = devices.get(k);
      if (!inAccount(d.presence()) || !d.liveEnabled()) {
        return null;
      }
      udids.add(d.upperUdid() ? d.udid().toUpperCase(Locale.ROOT) : d.udid());
    }
    if (p.liveDropsDevice() && udids.size() > 1) {
      udids.remove(udids.size() - 1);
    }
    return udids.isEmpty() ? null : udids;
  }

  /** The export sections of the kinds the account holds, comma-separated (users always). */
  String accountKinds() {
    List<String> kinds = new ArrayList<>();
    if (bundles.stream().anyMatch(b -> inAccount(b.presence()))) {
      kinds.add("bundle_ids");
    }
    if (devices.stream().anyMatch(d -> inAccount(d.presence()))) {
      kinds.add("devices");
    }
    if (certs.stream().anyMatch(c -> inAccount(c.presence()))) {
      kinds.add("certificates");
    }
    if (profiles.stream().anyMatch(p -> liveProfileDevices(p) != null)) {
      kinds.add("profiles");
    }
    kinds.add("users");
    if (groups.stream().anyMatch(g -> inAccount(g.presence()))) {
      kinds.add("beta_groups");
    }
    return String.join(",", kinds);
  }

  /** A short description for reports. */
  Map<String, Integer> sizes() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("bundles", bundles.size());
    m.put("devices", devices.size());
    m.put("certs", certs.size());
    m.put("profiles", profiles.size());
    m.put("users", users.size());
    m.put("groups", groups.size());
    return m;
  }
}
