package dev.ascform.laws;

import dev.ascform.laws.World.App;
import dev.ascform.laws.World.Bundle;
import dev.ascform.laws.World.Cert;
import dev.ascform.laws.World.Device;
import dev.ascform.laws.World.DeviceForm;
import dev.ascform.laws.World.Group;
import dev.ascform.laws.World.Presence;
import dev.ascform.laws.World.Profile;
import dev.ascform.laws.World.Tester;
import dev.ascform.laws.World.User;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of {@link World}s: every kind, sizes from zero, Unicode and 64-character names,
 * every device selector form and both certificate forms, and accounts holding each config resource
 * exactly, as a near miss (same key, other fields) or not at all, plus resources the config does
 * not name. Each resource is generated on its own and indices are assigned after, so shrinking
 * removes resources and simplifies fields independently; what Apple or validate would refuse (a
 * profile without a fitting certificate or device) is dropped while building, never filtered away,
 * so no try is wasted.
 */
final class Worlds {
  private static final List<String> WORDS =
      List.of(
          "Acme",
          "Notes",
          "Ünïcödé",
          "日本語",
          "📱 Phone",
          "O'Brien",
          "a: b",
          "#tag",
          "\"quoted\"",
          "back\\slash",
          "Ελληνικά",
          "ß",
          "iPhone 15",
          "iPad Air",
          "Watch",
          "Test",
          "x");

  private Worlds() {}

  /** A display name: a few words, or exactly 64 characters. */
  static Arbitrary<String> name() {
    Arbitrary<String> words =
        Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(3).map(ws -> String.join(" ", ws));
    Arbitrary<String> longest =
        Arbitraries.of(WORDS)
            .map(
                w -> {
                  StringBuilder b = new StringBuilder();
                  while (b.length() < 64) {
                    b.append(w).append(' ');
                  }
                  // 64 code points: an emoji is never cut in half (a lone surrogate is no text)
                  return b.codePoints()
                      .limit(64)
                      .collect(
                          StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                      .toString()
                      .strip();
                });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of("Acme", "Notes", "x")),
        net.jqwik.api.Tuple.of(3, words),
        net.jqwik.api.Tuple.of(1, longest));
  }

  static Arbitrary<Presence> presence() {
    return Arbitraries.of(Presence.ABSENT, Presence.EXACT, Presence.NEAR, Presence.EXTRA);
  }

  static Arbitrary<Map<String, String>> caps() {
    return Arbitraries.of(Caps.TYPES)
        .set()
        .ofMaxSize(3)
        .flatMap(
            types -> {
              List<Arbitrary<String>> opts = new ArrayList<>();
              List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(types));
              for (String t : sorted) {
                opts.add(
                    Caps.options(t).isEmpty()
                        ? Arbitraries.just("")
                        : Arbitraries.of(Caps.options(t)));
              }
              return Combinators.combine(opts)
                  .as(
                      os -> {
                        Map<String, String> m = new TreeMap<>();
                        for (int k = 0; k < sorted.size(); k++) {
                          m.put(sorted.get(k), os.get(k));
                        }
                        return m;
                      });
            });
  }

  /** A bundle ID; a near miss differs in name (0), capabilities (1), platform (2) or all (3). */
  static Arbitrary<Bundle> bundle() {
    Arbitrary<String> platform = Arbitraries.of("IOS", "IOS", "MAC_OS", "UNIVERSAL");
    return Combinators.combine(
            Arbitraries.of(false, false, true),
            name(),
            platform,
            caps(),
            presence(),
            name(),
            Arbitraries.integers().between(0, 3),
            Combinators.combine(caps(), platform, Arbitraries.of(false, false, false, true))
                .as((c, pl, pd) -> new Object[] {c, pl, pd}))
        .as(
            (longLocal, name, plat, caps, presence, otherName, near, rest) -> {
              @SuppressWarnings("unchecked")
              Map<String, String> otherCaps = (Map<String, String>) rest[0];
              boolean isNear = presence == Presence.NEAR;
              String liveName = isNear && (near == 0 || near == 3) ? otherName + "~" : name;
              Map<String, String> liveCaps = isNear && (near == 1 || near == 3) ? otherCaps : caps;
              String livePlatform = isNear && near >= 2 ? (String) rest[1] : plat;
              return new Bundle(
                  0,
                  longLocal,
                  name,
                  plat,
                  caps,
                  presence,
                  liveName,
                  livePlatform,
                  liveCaps,
                  (Boolean) rest[2]);
            });
  }

  static Arbitrary<World> worlds() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2),
            bundleList(),
            deviceList(),
            certList(),
            profileList(),
            userList(),
            groupList(),
            Arbitraries.of(
                    "bundle_ids",
                    "capabilities",
                    "devices",
                    "certificates",
                    "profiles",
                    "beta_groups",
                    "beta_testers")
                .set()
                .ofMaxSize(3))
        .as(Worlds::build);
  }

  static Arbitrary<List<Bundle>> bundleList() {
    return bundle().list().ofMaxSize(4);
  }

  static Arbitrary<List<Device>> deviceList() {
    Arbitrary<Device> d =
        Combinators.combine(
                Arbitraries.of(false, false, true),
                name(),
                Arbitraries.of("IOS", "IOS", "MAC_OS"),
                Arbitraries.of(true, true, true, false),
                Arbitraries.of("dev", "qa").set().ofMaxSize(2),
                presence(),
                Arbitraries.integers().between(0, 4),
                name())
            .as(
                (longLocal, name, platform, enabled, tags, presence, near, otherName) -> {
                  // the class Apple reports: it knows the hardware (the sandbox guesses from the
                  // name)
                  String cls = dev.ascform.sandbox.resources.Devices.deviceClass(platform, name);
                  boolean liveEnabled = near == 2 ? !enabled : enabled;
                  String liveName = near == 1 || near == 3 ? otherName : name;
                  return new Device(
                      0,
                      longLocal,
                      name,
                      platform,
                      cls,
                      enabled,
                      new ArrayList<>(new java.util.TreeSet<>(tags)),
                      presence,
                      presence == Presence.NEAR ? liveName : name,
                      presence == Presence.NEAR ? liveEnabled : enabled,
                      presence == Presence.NEAR && near >= 3);
                });
    return d.list().ofMaxSize(5);
  }

  static Arbitrary<List<Cert>> certList() {
    return Combinators.combine(
            Arbitraries.of(Rules.CERT_TYPES),
            Arbitraries.of(true, true, false),
            Arbitraries.of(true, false),
            presence())
        .as((type, adopt, bySerial, presence) -> new Cert(0, type, adopt, bySerial, presence))
        .list()
        .ofMaxSize(4);
  }

  static Arbitrary<List<Profile>> profileList() {
    return Combinators.combine(
            name(),
            Arbitraries.of(Rules.PROFILE_TYPES),
            Arbitraries.integers().between(0, 3),
            Arbitraries.of(false, false, true),
            Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(2),
            Arbitraries.of(
                DeviceForm.LIST,
                DeviceForm.ALL,
                DeviceForm.PLATFORM,
                DeviceForm.TAGS,
                DeviceForm.DEVICE_CLASS),
            Arbitraries.integers().between(0, 4).list().ofMinSize(1).ofMaxSize(3),
            Combinators.combine(
                    Arbitraries.of("dev", "qa"), presence(), Arbitraries.of(false, true))
                .as((tag, presence, drop) -> new Object[] {tag, presence, drop}))
        .as(
            (name, type, bundle, allOfType, certs, form, devs, rest) ->
                new Profile(
                    0,
                    name,
                    type,
                    bundle,
                    allOfType,
                    certs,
                    form,
                    devs,
                    (String) rest[0],
                    null,
                    (Presence) rest[1],
                    (Boolean) rest[2]))
        .list()
        .ofMaxSize(3);
  }

  static Arbitrary<List<User>> userList() {
    Arbitrary<List<String>> roles =
        Arbitraries.of("DEVELOPER", "APP_MANAGER", "MARKETING", "SALES", "CUSTOMER_SUPPORT")
            .set()
            .ofMinSize(1)
            .ofMaxSize(2)
            .map(s -> new ArrayList<>(new java.util.TreeSet<>(s)));
    return Combinators.combine(
            name(),
            name(),
            roles,
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            presence(),
            Arbitraries.of(false, false, true),
            Combinators.combine(
                    roles,
                    Arbitraries.integers().between(0, 3),
                    Arbitraries.integers().between(0, 1).list().ofMaxSize(2))
                .as((r, n, v) -> new Object[] {r, n, v}))
        .as(
            (first, last, rs, allApps, prov, presence, invitation, rest) -> {
              @SuppressWarnings("unchecked")
              List<String> liveRoles = (List<String>) rest[0];
              int near = (Integer) rest[1];
              @SuppressWarnings("unchecked")
              List<Integer> visible = (List<Integer>) rest[2];
              boolean isNear = presence == Presence.NEAR;
              return new User(
                  0,
                  first,
                  last,
                  rs,
                  allApps,
                  prov,
                  new ArrayList<>(new java.util.TreeSet<>(visible)),
                  presence,
                  invitation,
                  isNear && near != 1 ? liveRoles : rs,
                  isNear && near >= 1 ? first + " Jr" : first,
                  isNear && near >= 2);
            })
        .list()
        .ofMaxSize(3);
  }

  static Arbitrary<List<Group>> groupList() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1),
            name(),
            Arbitraries.of(true, false),
            Arbitraries.of(null, true, false),
            Arbitraries.integers().between(1, 10_000),
            Arbitraries.integers().between(0, 3).set().ofMaxSize(3),
            presence(),
            Arbitraries.integers().between(0, 3).set().ofMaxSize(3))
        .as(
            (app, name, feedback, link, limit, testers, presence, liveTesters) ->
                new Group(
                    0,
                    app,
                    name,
                    feedback,
                    link,
                    limit,
                    new ArrayList<>(new java.util.TreeSet<>(testers)),
                    presence,
                    presence == Presence.NEAR ? !feedback : feedback,
                    new ArrayList<>(
                        new java.util.TreeSet<>(
                            presence == Presence.NEAR ? liveTesters : testers))))
        .list()
        .ofMaxSize(3);
  }

  /** Assigns indices and drops what validate or Apple would refuse. */
  static World build(
      int appCount,
      List<Bundle> bs,
      List<Device> ds,
      List<Cert> cs,
      List<Profile> ps,
      List<User> us,
      List<Group> gs,
      Set<String> prune) {
    List<App> apps = new ArrayList<>();
    for (int k = 0; k < appCount; k++) {
      apps.add(new App(k, true));
    }
    List<Bundle> bundles = new ArrayList<>();
    for (int k = 0; k < bs.size(); k++) {
      Bundle b = bs.get(k);
      bundles.add(
          new Bundle(
              k,
              b.longLocal(),
              b.name(),
              b.platform(),
              b.caps(),
              b.presence(),
              b.liveName(),
              b.livePlatform(),
              b.liveCaps(),
              b.preventDestroy()));
    }
    List<Device> devices = new ArrayList<>();
    for (int k = 0; k < ds.size(); k++) {
      Device d = ds.get(k);
      devices.add(
          new Device(
              k,
              d.longLocal(),
              d.name(),
              d.platform(),
              d.deviceClass(),
              d.enabled(),
              d.tags(),
              d.presence(),
              d.liveName(),
              d.liveEnabled(),
              d.upperUdid()));
    }
    // at most 3 current DISTRIBUTION/IOS_DISTRIBUTION certificates (Apple's cap): keep 2
    List<Cert> certs = new ArrayList<>();
    int dist = 0;
    for (Cert c : cs) {
      if (Rules.distribution(c.type()) && ++dist > 2) {
        continue;
      }
      Presence p = c.adopt() && c.presence() == Presence.ABSENT ? Presence.EXACT : c.presence();
      certs.add(
          new Cert(certs.size(), c.type(), c.adopt() || p == Presence.EXTRA, c.bySerial(), p));
    }
    World shell =
        new World(apps, bundles, devices, certs, List.of(), List.of(), List.of(), List.of(), prune);
    List<Profile> profiles = new ArrayList<>();
    for (Profile p : ps) {
      Profile fixed = fix(shell, p, profiles.size());
      if (fixed != null) {
        profiles.add(fixed);
      }
    }
    List<Tester> testers = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      testers.add(new Tester(k, "Tess" + k, "Ter"));
    }
    List<User> users = new ArrayList<>();
    for (int k = 0; k < us.size(); k++) {
      User u = us.get(k);
      List<Integer> visible = u.visibleApps().stream().filter(a -> a < appCount).toList();
      boolean allApps = u.allApps() || visible.isEmpty();
      users.add(
          new User(
              k,
              u.first(),
              u.last(),
              u.roles(),
              allApps,
              u.provisioning(),
              allApps ? List.of() : visible,
              u.presence(),
              u.invitation(),
              u.liveRoles(),
              u.liveFirst(),
              u.upperEmail()));
    }
    List<Group> groups = new ArrayList<>();
    if (appCount > 0) {
      for (int k = 0; k < gs.size(); k++) {
        Group g = gs.get(k);
        groups.add(
            new Group(
                k,
                g.app() % appCount,
                g.name() + " " + k,
                g.feedback(),
                g.publicLink(),
                g.limit(),
                g.testers(),
                g.presence(),
                g.liveFeedback(),
                g.liveTesters()));
      }
    }
    return new World(apps, bundles, devices, certs, profiles, users, testers, groups, prune);
  }

  /** The profile made valid for this world (its bundle, certificates and devices), or null. */
  private static Profile fix(World w, Profile p, int index) {
    List<Bundle> declared =
        w.configBundles().stream().filter(b -> Rules.fits(p.type(), b.platform())).toList();
    if (declared.isEmpty()) {
      return null;
    }
    int bundle = declared.get(p.bundle() % declared.size()).i();
    List<Cert> fitting =
        w.configCerts().stream().filter(c -> Rules.signs(c.type(), p.type())).toList();
    if (fitting.isEmpty()) {
      return null;
    }
    List<Integer> certs =
        p.certs().stream()
            .map(k -> fitting.get(k % fitting.size()).i())
            .distinct()
            .sorted()
            .toList();
    boolean allOfType = p.allOfType();
    DeviceForm form = Rules.takesDevices(p.type()) ? p.form() : DeviceForm.NONE;
    String platform = p.type().startsWith("MAC_") ? "MAC_OS" : "IOS";
    List<Device> usable =
        w.configDevices().stream()
            .filter(d -> d.enabled() && d.platform().equals(platform))
            .toList();
    List<Integer> list = List.of();
    String cls = null;
    if (form != DeviceForm.NONE) {
      if (usable.isEmpty()) {
        return null;
      }
      list =
          p.deviceList().stream()
              .map(k -> usable.get(k % usable.size()).i())
              .distinct()
              .sorted()
              .toList();
      cls = usable.get(p.deviceList().get(0) % usable.size()).deviceClass();
    }
    Profile out =
        new Profile(
            index,
            p.name() + " " + index,
            p.type(),
            bundle,
            allOfType,
            allOfType ? List.of(certs.get(0)) : certs,
            form,
            list,
            p.tag(),
            cls,
            p.presence(),
            p.liveDropsDevice());
    World probe =
        new World(
            w.apps(),
            w.bundles(),
            w.devices(),
            w.certs(),
            List.of(out),
            List.of(),
            List.of(),
            List.of(),
            w.prune());
    if (form != DeviceForm.NONE && probe.selectedDevices(out).isEmpty()) {
      return new Profile(
          index,
          out.name(),
          out.type(),
          bundle,
          allOfType,
          out.certs(),
          DeviceForm.LIST,
          list,
          out.tag(),
          cls,
          out.presence(),
          out.liveDropsDevice());
    }
    return out;
  }

  static Map<String, Object> describe(World w) {
    Map<String, Object> m = new LinkedHashMap<>(w.sizes());
    return m;
  }
}
