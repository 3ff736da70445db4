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
public final class AccountModel {
  public record App(String local, String bundleId, String name, String sku, String platform) {}

  public record Build(
      String app, String version, String number, String platform, String uploaded) {}

  /** A capability; {@code setting} is null for one without settings. */
  public record Capability(String type, String setting, String seedOption, String configOption) {}

  public record BundleId(
      String local,
      String identifier,
      String seedName,
      String configName,
      String platform,
      List<Capability> capabilities,
      boolean inSeed) {}

  public record Device(
      String local,
      String seedName,
      String configName,
      String udid,
      String platform,
      String deviceClass,
      String model,
      boolean inSeed) {}

  public record Certificate(String local, String type, String name) {}

  public record Profile(
      String local,
      String name,
      String type,
      String bundleLocal,
      List<String> certificates,
      List<String> seedDevices,
      List<String> configDevices) {}

  /** A team member or a pending invitation. */
  public record Person(
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

  public record Tester(String email, String first, String last) {}

  public record Group(
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
  public final List<App> apps = new ArrayList<>();
  public final List<Build> builds = new ArrayList<>();
  public final List<BundleId> bundleIds = new ArrayList<>();
  public final List<Device> devices = new ArrayList<>();
  public final List<Certificate> certificates = new ArrayList<>();
  public final List<Profile> profiles = new ArrayList<>();
  public final List<Person> people = new ArrayList<>();
  public final Map<String, Tester> testers = new LinkedHashMap<>();
  public final List<Group> groups = new ArrayList<>();

  AccountModel(String org, String teamId) {
    this.org = org;
    this.teamId = teamId;
  }

  Device device(String local) {
    return devices.stream().filter(d -> d.local().equals(local)).findFirst().orElseThrow();
  }
}
