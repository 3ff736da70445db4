package dev.ascform.kinds;

import java.util.List;

/**
 * Write trait: creates and deletes of one kind that share a parent (testers of one beta group) are
 * made together, {@link #BATCH} at a time, through one relationship request each, instead of one
 * request per resource. The applier groups the plan's creates and deletes by {@link
 * #batchKey}/{@link #batchKeyOf} and calls {@link #createAll}/{@link #deleteAll} once per chunk;
 * each change of the chunk gets the chunk's outcome. Like single writes, a batch never resends a
 * write whose outcome is unknown: it re-reads the parent's relationship and checks.
 *
 * @param <D> the desired resource type
 * @param <L> the live resource type
 */
public interface BatchOps<D, L> {
  /**
   * Changes per request. 200 is Apple's page size: a chunk's check is one page, its e-mail lookup
   * one URL of reasonable length, and 2,000 memberships cost 10 relationship writes.
   */
  int BATCH = 200;

  /** The parent a create belongs to: creates with the same key go in one batch. */
  String batchKey(D desired);

  /** The parent of the live resource with this Apple id (for deletes). */
  String batchKeyOf(String appleId);

  /** Creates every resource (same batch key) and checks them; returns them in order. */
  List<L> createAll(WriteContext ctx, List<D> desired);

  /** Deletes every resource (same batch key) and checks that they are gone. */
  void deleteAll(WriteContext ctx, List<String> appleIds);
}
