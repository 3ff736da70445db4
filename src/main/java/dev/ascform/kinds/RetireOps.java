package dev.ascform.kinds;

import dev.ascform.plan.Retirable;

/** Write trait: the kind's resources are retired (devices disabled) instead of deleted. */
public interface RetireOps<L> extends Retirable {
  /** Retires the resource with this Apple id; returns Apple's answer. */
  L retire(WriteContext ctx, String appleId);
}
