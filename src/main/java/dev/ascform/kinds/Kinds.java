package dev.ascform.kinds;

import dev.ascform.config.ConfigForm;
import dev.ascform.export.Exportable;
import dev.ascform.model.form.Document;
import dev.ascform.model.form.Section;
import dev.ascform.secrets.SecretStore;
import java.time.Clock;
import java.util.ArrayList;
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
    return all(SecretStore.unconfigured());
  }

  /**
   * A new instance of every kind for a run whose secret store is {@code secrets} (the signing kinds
   * read the serials of the certificates ascform made from it; no kind reaches a store otherwise).
   */
  public static List<KindOps<?, ?>> all(SecretStore secrets) {
    return List.of(
        new BundleIdKind(),
        new CapabilityKind(),
        new DeviceKind(),
        new CertificateKind(Clock.systemUTC(), secrets),
        new ProfileKind(Clock.systemUTC(), secrets),
        new UserKind(),
        new BetaGroupKind(),
        new BetaTesterKind());
  }

  /**
   * The whole config format: the top-level parts and every exportable kind's section, in the order
   * of {@link #all()}. {@code schemas/ascform.schema.json} is generated from it (and a test fails
   * when the committed file differs).
   */
  public static Document configDocument() {
    List<Section> sections = new ArrayList<>();
    for (KindOps<?, ?> k : all()) {
      if (k instanceof Exportable<?> e) {
        sections.add(e.section());
      }
    }
    return ConfigForm.document(sections);
  }

  /** A new instance of the kind with this name. */
  public static Optional<KindOps<?, ?>> get(String name) {
    return all().stream().filter(k -> k.name().equals(name)).findFirst();
  }
}
