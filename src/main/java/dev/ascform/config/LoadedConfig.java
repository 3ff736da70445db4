package dev.ascform.config;

import dev.ascform.diag.Diagnostic;
import dev.ascform.model.DesiredState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A config that loaded without errors.
 *
 * @param state the desired state it declares
 * @param warnings problems that do not stop loading (e.g. a capability type Apple's document does
 *     not list), sorted by position
 * @param appReferences every place that needs an app to exist in the account, in config order
 */
public record LoadedConfig(
    DesiredState state, List<Diagnostic> warnings, List<AppReference> appReferences) {
  public LoadedConfig {
    warnings = List.copyOf(warnings);
    appReferences = List.copyOf(appReferences);
  }

  /**
   * An error at every app reference whose bundle ID has no app among {@code liveBundleIds} (the
   * account's apps, read by the plan): apps cannot be created through the API, so a plan that needs
   * a missing one would fail half-way through apply.
   */
  public List<Diagnostic> missingApps(Set<String> liveBundleIds) {
    List<Diagnostic> out = new ArrayList<>();
    for (AppReference r : appReferences) {
      if (!liveBundleIds.contains(r.bundleId())) {
        out.add(
            Diagnostic.error(
                r.pos(),
                r.field()
                    + ": the account has no app with bundle ID '"
                    + r.bundleId()
                    + "'"
                    + (r.field().startsWith("apps.") ? "" : " (apps." + r.app() + ")")
                    + "; apps cannot be created through the API: create"
                    + " it in App Store Connect, or fix the bundle ID"));
      }
    }
    out.sort(Diagnostic.ORDER);
    return out;
  }
}
