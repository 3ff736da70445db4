package dev.ascform.sandbox.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated account as two views of the same resources: what the sandbox seed holds and what the
 * config declares. They differ only by the deliberate drift ({@link Drift}). Lists are mutable
 * while the generator fills them and are written in order.
 */
final class AccountModel {
  record App(String local, String bundleId, String name, String sku, String platform) {}

  record Build(String app, String version, String number, String platform, String uploaded) {}

  /** A capability; {@code setting} is null for one without settings. */
  record Capability(String type, String setting, String seedOption, String configOption) {}

  record BundleId(
      String local,
      String identifier,
      String seedName,
      String configName,
      String platform,
      List<Capability> capabilities,
      boolean inSeed) {}

  record Device(
      String local,
      String seedName,
      String configName,
      String udid,
      String platform,
      String deviceClass,
      String model,
      boolean inSeed) {}

  record Certificate(String local, String type, String name) {}

  record Profile(
      String local,
      String name,
      String type,
      String bundleLocal,
      List<String> certificates,
      List<String> seedDevices,
      List<String> configDevices) {}

  /** A team member or a pending invitation. */
  record Person(
      String local,
      String email,
      String first,
      String last,
      List<String> seedRoles,
      List<String> configRoles,
      boolean allApps,
      boolean provisioning,
      List<String> visibleApps,
      boolean invitation,
      boolean inSeed,
      boolean inConfig) {}

  record Tester(String email, String first, String last) {}

  record Group(
      String local,
      String app,
      String name,
      boolean internal,
      boolean seedFeedback,
      boolean configFeedback,
      List<String> seedTesters,
      List<String> configTesters,
      List<Build> builds) {}

  final String org;
  final String teamId;
  final List<App> apps = new ArrayList<>();
  final List<Build> builds = new ArrayList<>();
  final List<BundleId> bundleIds = new ArrayList<>();
  final List<Device> devices = new ArrayList<>();
  final List<Certificate> certificates = new ArrayList<>();
  final List<Profile> profiles = new ArrayList<>();
  final List<Person> people = new ArrayList<>();
  final Map<String, Tester> testers = new LinkedHashMap<>();
  final List<Group> groups = new ArrayList<>();

  AccountModel(String org, String teamId) {
    this.org = org;
    this.teamId = teamId;
  }

  Device device(String local) {
    return devices.stream().filter(d -> d.local().equals(local)).findFirst().orElseThrow();
  }
}
