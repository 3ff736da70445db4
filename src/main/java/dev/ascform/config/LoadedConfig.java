package dev.ascform.config;

import dev.ascform.diag.Diagnostic;
import dev.ascform.model.DesiredState;
import java.util.List;

/**
 * A config that loaded without errors.
 *
 * @param state the desired state it declares
 * @param warnings problems that do not stop loading (e.g. a capability type Apple's document
 *     does not list), sorted by position
 */
public record LoadedConfig(DesiredState state, List<Diagnostic> warnings) {
  public LoadedConfig {
    warnings = List.copyOf(warnings);
  }
}
