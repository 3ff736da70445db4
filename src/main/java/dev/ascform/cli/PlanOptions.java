package dev.ascform.cli;

import dev.ascform.model.DesiredState;
import dev.ascform.model.Settings;
import dev.ascform.plan.Address;
import dev.ascform.plan.PlanSettings;
import dev.ascform.plan.SafetyPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/** What to plan: {@code --target ADDR} (repeatable) and {@code --allow-destroy}. */
public final class PlanOptions {
  @Option(
      names = "--target",
      paramLabel = "ADDR",
      description = "Only this address and what it depends on (repeatable).")
  List<String> targets = new ArrayList<>();

  @Option(
      names = "--allow-destroy",
      description = "Lift the deletion threshold (prevent_destroy still holds).")
  boolean allowDestroy;

  /** The planner settings: prune per kind from the config, and the targets. */
  public PlanSettings settings(DesiredState desired) {
    Set<String> prune = new TreeSet<>();
    Settings s = desired.settings();
    s.prune()
        .forEach(
            (kind, on) -> {
              if (Boolean.TRUE.equals(on)) {
                prune.add(kind.addressPrefix());
              }
            });
    Set<Address> t = new TreeSet<>();
    targets.forEach(a -> t.add(Address.parse(a)));
    return new PlanSettings(prune, t, s.expiryWarning(), Instant.now());
  }

  /** The destroy threshold from the config's safety settings, lifted by --allow-destroy. */
  public SafetyPolicy safety(DesiredState desired) {
    Settings.Safety s = desired.settings().safety();
    SafetyPolicy p =
        new SafetyPolicy(s.maxDestroyPercent() / 100.0, s.minResourcesForThreshold(), false);
    return allowDestroy ? p.allowingDestroy() : p;
  }
}
