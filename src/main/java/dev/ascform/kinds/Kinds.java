package dev.ascform.kinds;

import dev.ascform.plan.KindRegistry;
import java.util.List;
import java.util.Optional;

/**
 * The kinds ascform manages, listed once. A new kind (certificates, profiles, users, ...) is one
 * class implementing {@link KindOps} plus its write traits, added to {@link #ALL}.
 */
public final class Kinds {
  /** Every kind, in no particular order (the registry sorts by rank). */
  public static final List<KindOps<?, ?>> ALL =
      List.of(new BundleIdKind(), new CapabilityKind(), new DeviceKind(), new CertificateKind(),
          new ProfileKind(), new UserKind(), new BetaGroupKind(), new BetaTesterKind());

  private Kinds() {}

  /** The planner's registry of {@link #ALL}. */
  public static KindRegistry registry() {
    return KindRegistry.of(ALL);
  }

  /** The kind with this name. */
  public static Optional<KindOps<?, ?>> get(String name) {
    return ALL.stream().filter(k -> k.name().equals(name)).findFirst();
  }
}
