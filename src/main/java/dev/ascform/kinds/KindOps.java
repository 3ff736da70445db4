package dev.ascform.kinds;

import dev.ascform.live.ReadOps;
import dev.ascform.plan.KindRules;
import java.util.Optional;

/**
 * A kind's read and write side, on top of its planning rules ({@link KindRules}): what the live
 * reader ({@link ReadOps}, owned by the reader's package) and the applier need. One class per kind
 * implements it (see {@link Kinds}).
 *
 * <p>Writes declare themselves with traits, as planning abilities do: {@link UpdateOps} (with
 * {@link dev.ascform.plan.Updatable}), {@link DeleteOps} (with {@link dev.ascform.plan.Deletable})
 * and {@link RetireOps} (with {@link dev.ascform.plan.Retirable}). Every write returns or leaves
 * the resource so that {@link #find} or {@link #reread} can check it afterwards: the applier never
 * resends a write whose outcome is unknown, it re-reads.
 *
 * @param <D> the desired resource type
 * @param <L> the live resource type
 */
public interface KindOps<D, L> extends ReadOps<D, L> {

  /** Creates the resource; returns it as Apple answered. */
  L create(WriteContext ctx, D desired);

  /**
   * The live resource with the desired one's natural key, read now (after a write whose response
   * was lost, or a 409 "already exists"), or empty.
   */
  Optional<L> find(WriteContext ctx, D desired);

  /**
   * The live resource with this Apple id, read now, or empty when it does not exist. {@code
   * naturalKey} helps kinds that Apple cannot read by id alone (capabilities); it is null for
   * {@code import}.
   */
  Optional<L> reread(WriteContext ctx, String appleId, String naturalKey);
}
