package dev.ascform.kinds;

import dev.ascform.plan.Deletable;

/** Write trait: the kind's resources can be deleted. */
public interface DeleteOps extends Deletable {
  /** Deletes the resource with this Apple id. */
  void delete(WriteContext ctx, String appleId);
}
