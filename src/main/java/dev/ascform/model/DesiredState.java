package dev.ascform.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Everything a config declares, validated and with every reference resolved: what the account
 * should look like. Immutable; every map is sorted by local name.
 *
 * @param files the config files it was loaded from, in load order
 */
public record DesiredState(
    AccountSpec account,
    SortedMap<String, AppSpec> apps,
    SortedMap<String, BundleIdSpec> bundleIds,
    SortedMap<String, DeviceSpec> devices,
    SortedMap<String, CertificateSpec> certificates,
    SortedMap<String, ProfileSpec> profiles,
    SortedMap<String, UserSpec> users,
    SortedMap<String, BetaGroupSpec> betaGroups,
    Settings settings,
    List<Path> files) {

  public DesiredState {
    Objects.requireNonNull(account, "account");
    apps = Copies.sorted(apps);
    bundleIds = Copies.sorted(bundleIds);
    devices = Copies.sorted(devices);
    certificates = Copies.sorted(certificates);
    profiles = Copies.sorted(profiles);
    users = Copies.sorted(users);
    betaGroups = Copies.sorted(betaGroups);
    settings = settings == null ? Settings.defaults() : settings;
    files = Copies.list(files);
  }

  /** Every declared resource, kind by kind in {@link ResourceKind} order, then by local name. */
  public Stream<ResourceSpec> resources() {
    return Stream.of(apps, bundleIds, devices, certificates, profiles, users, betaGroups)
        .flatMap(m -> m.values().stream());
  }

  /** The number of declared resources (capabilities and testers are counted with their owner). */
  public int resourceCount() {
    return (int) resources().count();
  }

  /** The resource at an address such as {@code device.alice_iphone}. */
  public Optional<ResourceSpec> find(String address) {
    return resources().filter(r -> r.address().equals(address)).findFirst();
  }

  /** The bundle ID a profile is for. */
  public BundleIdSpec bundleIdOf(ProfileSpec p) {
    return bundleIds.get(p.bundleId());
  }

  /** The certificates a profile includes, by local name. */
  public List<CertificateSpec> certificatesOf(ProfileSpec p) {
    CertificateSelection sel = p.certificates();
    if (sel instanceof CertificateSelection.AllOfType all) {
      return certificates.values().stream().filter(c -> c.type() == all.type()).toList();
    }
    return ((CertificateSelection.Named) sel).keys().stream().map(certificates::get).toList();
  }

  /**
   * The devices a profile includes: for names, exactly those; for {@code all} and selectors, the
   * enabled devices whose platform the profile type accepts. Empty for types that take no devices.
   */
  public List<DeviceSpec> devicesOf(ProfileSpec p) {
    if (!p.type().takesDevices()) {
      return List.of();
    }
    DeviceSelection sel = p.devices();
    if (sel instanceof DeviceSelection.Named named) {
      return named.keys().stream().map(devices::get).toList();
    }
    Stream<DeviceSpec> candidates =
        devices.values().stream()
            .filter(DeviceSpec::enabled)
            .filter(d -> p.type().acceptsDevicePlatform(d.platform()));
    if (sel instanceof DeviceSelection.Selector s) {
      candidates = candidates.filter(s::matches);
    }
    return candidates.toList();
  }

  /** The app a beta group belongs to. */
  public AppSpec appOf(BetaGroupSpec g) {
    return apps.get(g.app());
  }
}
