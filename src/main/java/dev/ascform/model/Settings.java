package dev.ascform.model;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Engine settings from the {@code settings} section.
 *
 * @param prune per kind: delete resources of that kind that exist but are not declared (default
 *     false for every kind)
 * @param safety thresholds above which a plan is refused without {@code --force}
 * @param minAdmins the fewest users with the ADMIN or ACCOUNT_HOLDER role a plan may leave
 * @param stateUrlEnv {@code settings.state.url_env}: the environment variable naming the state's
 *     location when neither {@code --state} nor {@code ASCFORM_STATE} does (null: none)
 * @param expiryWarning certificates and profiles expiring within this window (or expired) are plan
 *     warnings (default 30 days)
 * @param failOnWarnings with {@code --detailed-exitcode}, a plan with warnings exits 2
 */
public record Settings(
    Map<ResourceKind, Boolean> prune,
    Safety safety,
    int minAdmins,
    String stateUrlEnv,
    Duration expiryWarning,
    boolean failOnWarnings) {
  /** The default {@link #expiryWarning}. */
  public static final Duration DEFAULT_EXPIRY_WARNING = Duration.ofDays(30);

  /**
   * octoDNS-style safety: refuse a plan destroying more than {@code maxDestroyPercent} of a kind's
   * resources once it has at least {@code minResourcesForThreshold}.
   */
  public record Safety(int maxDestroyPercent, int minResourcesForThreshold) {
    public static Safety defaults() {
      return new Safety(30, 10);
    }
  }

  public Settings {
    EnumMap<ResourceKind, Boolean> copy = new EnumMap<>(ResourceKind.class);
    if (prune != null) {
      copy.putAll(prune);
    }
    prune = Collections.unmodifiableMap(copy);
    safety = safety == null ? Safety.defaults() : safety;
    expiryWarning = expiryWarning == null ? DEFAULT_EXPIRY_WARNING : expiryWarning;
  }

  /** Settings with a state location and the default expiry warnings. */
  public Settings(
      Map<ResourceKind, Boolean> prune, Safety safety, int minAdmins, String stateUrlEnv) {
    this(prune, safety, minAdmins, stateUrlEnv, DEFAULT_EXPIRY_WARNING, false);
  }

  /** Settings without a state location. */
  public Settings(Map<ResourceKind, Boolean> prune, Safety safety, int minAdmins) {
    this(prune, safety, minAdmins, null);
  }

  public static Settings defaults() {
    return new Settings(Map.of(), Safety.defaults(), 1);
  }

  /** Whether undeclared resources of this kind are deleted. */
  public boolean prunes(ResourceKind kind) {
    return prune.getOrDefault(kind, false);
  }
}
