package dev.ascform.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to plan: the kinds whose unmanaged live resources are deleted ({@code prune}), the {@code
 * --target} addresses (empty: everything), and the expiry warnings: resources whose {@link
 * KindRules#expires} falls within {@code expiryWarning} of {@code now} (or before it) are listed as
 * {@link PlanWarning}s.
 */
public record PlanSettings(
    Set<String> pruneKinds, Set<Address> targets, Duration expiryWarning, Instant now) {
  public static final PlanSettings DEFAULT = new PlanSettings(Set.of(), Set.of());

  /** The default expiry warning window. */
  public static final Duration DEFAULT_EXPIRY_WARNING = Duration.ofDays(30);

  public PlanSettings {
    pruneKinds = pruneKinds == null ? Set.of() : Set.copyOf(new TreeSet<>(pruneKinds));
    targets = targets == null ? Set.of() : Set.copyOf(targets);
    expiryWarning = expiryWarning == null ? DEFAULT_EXPIRY_WARNING : expiryWarning;
    now = now == null ? Instant.now() : now;
  }

  public PlanSettings(Set<String> pruneKinds, Set<Address> targets) {
    this(pruneKinds, targets, DEFAULT_EXPIRY_WARNING, null);
  }

  /** Whether unmanaged resources of this kind are deleted. */
  public boolean prunes(String kind) {
    return pruneKinds.contains(kind);
  }
}
