package dev.ascform.kinds;

import dev.ascform.plan.KindRegistry;
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

  /** A new instance of every kind, in no particular order (the registry sorts by rank). */
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

  /** The planner's registry of a new set of kinds. */
  public static KindRegistry registry() {
    return KindRegistry.of(all());
  }

  /** A new instance of the kind with this name. */
  public static Optional<KindOps<?, ?>> get(String name) {
    return all().stream().filter(k -> k.name().equals(name)).findFirst();
  }
}
