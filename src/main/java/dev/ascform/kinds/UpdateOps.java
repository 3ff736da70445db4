package dev.ascform.kinds;

import dev.ascform.plan.Updatable;

/** Write trait: the kind changes its updatable fields in place. */
public interface UpdateOps<D, L> extends Updatable {
  /** Sends the update making {@code appleId} match {@code desired}; returns Apple's answer. */
  L update(WriteContext ctx, String appleId, D desired);
}
