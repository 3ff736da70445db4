package dev.ascform.kinds;

import dev.ascform.config.ConfigForm;
import dev.ascform.export.Exportable;
import dev.ascform.model.form.Document;
import dev.ascform.model.form.Section;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kinds ascform manages, listed once. A new kind (certificates, profiles, users, ...) is one
 * class implementing {@link KindOps} plus its write traits, added to {@link #all()}.
 *
 * <p>A kind holds no mutable state: what it needs of its run (the configuration, the secret store)
 * it is given when made ({@link RunContext}), what a later step needs travels in the values (the
 * live resources read, the plan's desired values). Each run makes its own set.
 */
public final class Kinds {
  private Kinds() {}

  /**
   * A new instance of every kind, in no particular order (the planner sorts them by rank, then
   * name).
   */
  public static List<KindOps<?, ?>> all() {
    return all(RunContext.none());
  }

  /**
   * A new instance of every kind for this run: the signing kinds read the serials of the
   * certificates ascform made from its secret store, the people kinds its settings and declared
   * groups. Kinds are immutable; a run makes its set once and uses it to read, plan and apply.
   */
  public static List<KindOps<?, ?>> all(RunContext run) {
    return List.of(
        new BundleIdKind(),
        new CapabilityKind(),
        new DeviceKind(),
        new CertificateKind(Clock.systemUTC(), run.secrets()),
        new ProfileKind(Clock.systemUTC(), run.secrets()),
        new UserKind(run),
        new BetaGroupKind(run),
        new BetaTesterKind(run));
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
