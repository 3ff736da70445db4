package dev.ascform.kinds;

import dev.ascform.model.DesiredState;
import dev.ascform.model.Settings;
import dev.ascform.secrets.SecretStore;
import java.util.Objects;

/**
 * What one run gives its kinds, once, when it makes them ({@link Kinds#all(RunContext)}): the
 * configuration it plans and its secret store. Immutable, as the kinds made with it are: a kind
 * keeps nothing between reading, planning and applying; what a later step needs travels in the
 * values (the live resources read, the plan's desired values) or is derived again from this.
 *
 * @param config the configuration of the run, or null for a run without one (export's read, tests)
 * @param secrets the run's secret store
 */
public record RunContext(DesiredState config, SecretStore secrets) {
  public RunContext {
    Objects.requireNonNull(secrets, "secrets");
  }

  /** A run without configuration or secret store of its own (reads, tests). */
  public static RunContext none() {
    return new RunContext(null, SecretStore.unconfigured());
  }

  /** The run's settings (the defaults without a configuration). */
  public Settings settings() {
    return config == null ? Settings.defaults() : config.settings();
  }
}
