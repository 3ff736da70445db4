package dev.ascform.kinds;

import java.util.List;
import java.util.Optional;

/**
 * The kinds ascform manages, listed once. A new kind (certificates, profiles, users, ...) is one
 * class implementing {@link KindOps} plus its write traits, added to {@link #all()}.
 *
 * <p>Some kinds keep per-run context between {@code desired}, {@code readAll} and {@code
 * policyViolations} (the people kinds remember the config's groups and the live admins), so every
 * run works on its own instances: {@link #all()} makes a new set on each call. Two runs in one JVM
 * never share a kind.
 */
public final class Kinds {
  private Kinds() {}

  /**
   * A new instance of every kind, in no particular order (the planner sorts them by rank, then
   * name).
   */
  public static List<KindOps<?, ?>> all() {
    return List.of(
        new BundleIdKind(),
        new CapabilityKind(),
        new DeviceKind(),
        new CertificateKind(),
        new ProfileKind(),
        new UserKind(),
        new BetaGroupKind(),
        new BetaTesterKind());
  }

  /** A new instance of the kind with this name. */
  public static Optional<KindOps<?, ?>> get(String name) {
    return all().stream().filter(k -> k.name().equals(name)).findFirst();
  }
}
