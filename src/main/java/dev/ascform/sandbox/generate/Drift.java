package dev.ascform.sandbox.generate;

import dev.ascform.sandbox.generate.AccountModel.BundleId;
import dev.ascform.sandbox.generate.AccountModel.Capability;
import dev.ascform.sandbox.generate.AccountModel.Device;
import dev.ascform.sandbox.generate.AccountModel.Group;
import dev.ascform.sandbox.generate.AccountModel.Person;
import dev.ascform.sandbox.generate.AccountModel.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The deliberate differences between the generated config and the seeded account, the same at every
 * scale, so that a plan has a little to do besides adopting everything.
 */
final class Drift {
  /** One difference: the kind it concerns, the plan action it should cause, and what it is. */
  record Item(String kind, String action, String description) {}

  /** Devices renamed in the config. */
  static final int RENAMED_DEVICES = 3;

  private final AccountModel model;
  private final List<Item> items = new ArrayList<>();

  Drift(AccountModel model) {
    this.model = model;
  }

  List<Item> apply() {
    devices();
    bundleIds();
    capability();
    people();
    testers();
    profile();
    return List.copyOf(items);
  }

  private void devices() {
    for (int i = 0; i < RENAMED_DEVICES; i++) {
      Device d = model.devices.get(i * 2);
      String name = d.seedName().replaceAll(" #\\d+$", "") + " (QA pool " + (i + 1) + ")";
      model.devices.set(
          i * 2,
          new Device(
              d.local(),
              d.seedName(),
              name,
              d.udid(),
              d.platform(),
              d.deviceClass(),
              d.model(),
              true));
      items.add(new Item("device", "update", "device." + d.local() + " renamed in the config"));
    }
    model.devices.add(
        new Device(
            "watch_001",
            null,
            "QA Apple Watch Series 9",
            "00008301-"
                + Long.toHexString(0x1000_0000_0000_0000L + model.devices.size())
                    .toUpperCase(Locale.ROOT),
            "IOS",
            "APPLE_WATCH",
            "Apple Watch Series 9",
            false));
    items.add(new Item("device", "create", "device.watch_001 is not registered yet"));
  }

  private void bundleIds() {
    BundleId b = model.bundleIds.get(1);
    model.bundleIds.set(
        1,
        new BundleId(
            b.local(),
            b.identifier(),
            b.seedName() + " (old name)",
            b.configName(),
            b.platform(),
            b.capabilities(),
            true));
    items.add(
        new Item(
            "bundle_id", "update", "bundle_id." + b.local() + " has an old name in the account"));
    BundleId first = model.bundleIds.get(0);
    model.bundleIds.add(
        new BundleId(
            first.local() + "_stickers",
            first.identifier() + ".stickers",
            null,
            first.configName() + " Stickers",
            first.platform(),
            List.of(
                new Capability("APP_GROUPS", null, null, null),
                new Capability("ASSOCIATED_DOMAINS", null, null, null),
                new Capability(
                    "DATA_PROTECTION",
                    "DATA_PROTECTION_PERMISSION_LEVEL",
                    null,
                    "COMPLETE_PROTECTION"),
                new Capability("PUSH_NOTIFICATIONS", null, null, null)),
            false));
    items.add(
        new Item(
            "bundle_id",
            "create",
            "bundle_id." + first.local() + "_stickers is not in the account yet"));
    for (int c = 0; c < Scale.CAPABILITIES_PER_BUNDLE_ID; c++) {
      items.add(
          new Item(
              "capability", "create", "capability of bundle_id." + first.local() + "_stickers"));
    }
  }

  /**
   * The first bundle ID's first capability becomes iCloud, with the legacy version in the account.
   */
  private void capability() {
    BundleId b = model.bundleIds.get(0);
    List<Capability> caps = new ArrayList<>(b.capabilities());
    caps.removeIf(c -> c.type().equals("ICLOUD"));
    if (caps.size() == Scale.CAPABILITIES_PER_BUNDLE_ID) {
      caps.remove(0);
    }
    caps.add(new Capability("ICLOUD", "ICLOUD_VERSION", "XCODE_5", "XCODE_6"));
    for (String type : List.of("MAPS", "HOMEKIT", "WALLET")) {
      if (caps.size() < Scale.CAPABILITIES_PER_BUNDLE_ID
          && caps.stream().noneMatch(c -> c.type().equals(type))) {
        caps.add(new Capability(type, null, null, null));
      }
    }
    caps.sort(Comparator.comparing(Capability::type));
    model.bundleIds.set(
        0,
        new BundleId(
            b.local(),
            b.identifier(),
            b.seedName(),
            b.configName(),
            b.platform(),
            List.copyOf(caps),
            true));
    items.add(
        new Item(
            "capability",
            "update",
            "bundle_id."
                + b.local()
                + " has ICLOUD_VERSION XCODE_5 in the account, XCODE_6 in the config"));
  }

  private void people() {
    Person p = model.people.get(5);
    List<String> roles =
        p.seedRoles().equals(List.of("MARKETING")) ? List.of("DEVELOPER") : List.of("MARKETING");
    model.people.set(
        5,
        new Person(
            p.local(),
            p.email(),
            p.first(),
            p.last(),
            p.seedRoles(),
            roles,
            p.allApps(),
            p.provisioning(),
            p.visibleApps(),
            false,
            true,
            true));
    items.add(
        new Item(
            "user", "update", "user." + p.local() + " roles " + p.seedRoles() + " -> " + roles));
    model.people.add(
        new Person(
            "invitee_new",
            "new.hire@" + model.org + ".example",
            "New",
            "Hire",
            List.of("DEVELOPER"),
            List.of("DEVELOPER"),
            true,
            true,
            List.of(),
            true,
            false,
            true));
    items.add(new Item("user", "create", "user.invitee_new is invited"));
    int last = model.people.size() - 2;
    Person stale = model.people.get(last);
    model.people.set(
        last,
        new Person(
            stale.local(),
            stale.email(),
            stale.first(),
            stale.last(),
            stale.seedRoles(),
            stale.configRoles(),
            stale.allApps(),
            stale.provisioning(),
            stale.visibleApps(),
            true,
            true,
            false));
    items.add(
        new Item(
            "user",
            "none",
            "the invitation of "
                + stale.email()
                + " is pending in the account and not in the config: left alone (prune.users is"
                + " off)"));
  }

  private void testers() {
    int index = 1;
    Group g = model.groups.get(index);
    String removed = g.configTesters().remove(0);
    g.configTesters().add("late.joiner@" + model.org + "-beta.example");
    items.add(
        new Item(
            "beta_tester",
            "delete",
            removed + " leaves beta_group." + g.local() + " (prune.beta_testers is on)"));
    items.add(
        new Item(
            "beta_tester",
            "create",
            "late.joiner@" + model.org + "-beta.example joins beta_group." + g.local()));
    model.groups.set(
        index,
        new Group(
            g.local(),
            g.app(),
            g.name(),
            g.internal(),
            true,
            false,
            g.seedTesters(),
            g.configTesters(),
            g.builds()));
    items.add(
        new Item(
            "beta_group", "update", "beta_group." + g.local() + " feedback_enabled true -> false"));
  }

  private void profile() {
    Profile p = model.profiles.get(0);
    String platform = model.device(p.seedDevices().get(0)).platform();
    Device extra =
        model.devices.stream()
            .filter(
                d ->
                    d.inSeed()
                        && d.platform().equals(platform)
                        && !p.seedDevices().contains(d.local()))
            .findFirst()
            .orElse(null);
    if (extra == null) {
      return;
    }
    List<String> devices = new ArrayList<>(p.seedDevices());
    devices.add(extra.local());
    model.profiles.set(
        0,
        new Profile(
            p.local(),
            p.name(),
            p.type(),
            p.bundleLocal(),
            p.certificates(),
            p.seedDevices(),
            List.copyOf(devices)));
    items.add(
        new Item("profile", "replace", "profile." + p.local() + " gains device." + extra.local()));
  }
}
