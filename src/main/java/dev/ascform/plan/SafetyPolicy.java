package dev.ascform.plan;

/**
 * The destroy threshold, octoDNS style: refuse when deletes plus replaces exceed {@code
 * maxDestroyShare} of a kind's governed resources, for kinds with at least {@code minResources} of
 * them, unless {@code allowDestroy}.
 */
public record SafetyPolicy(double maxDestroyShare, int minResources, boolean allowDestroy) {
  /** 30 % of kinds with at least 10 resources, as octoDNS. */
  public static final SafetyPolicy DEFAULT = new SafetyPolicy(0.30, 10, false);

  public SafetyPolicy {
    if (maxDestroyShare < 0 || maxDestroyShare > 1) {
      throw new IllegalArgumentException("max destroy share must be between 0 and 1");
    }
    if (minResources < 0) {
      throw new IllegalArgumentException("min resources must not be negative");
    }
  }

  /** This policy with {@code --allow-destroy}. */
  public SafetyPolicy allowingDestroy() {
    return new SafetyPolicy(maxDestroyShare, minResources, true);
  }
}
