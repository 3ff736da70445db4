package dev.ascform.plan;

import java.util.Comparator;

/**
 * The deterministic order of a plan: first everything that is not a delete, by dependency rank,
 * then action, then address; then the deletes in reverse rank order (dependents go first), then
 * by address.
 */
public final class ChangeOrder implements Comparator<Change> {
  public static final ChangeOrder INSTANCE = new ChangeOrder();

  private ChangeOrder() {}

  @Override
  public int compare(Change a, Change b) {
    int phase = Boolean.compare(isDelete(a), isDelete(b));
    if (phase != 0) {
      return phase;
    }
    int rank = Integer.compare(a.rank(), b.rank());
    if (rank != 0) {
      return isDelete(a) ? -rank : rank;
    }
    int action = Integer.compare(a.action().ordinal(), b.action().ordinal());
    return action != 0 ? action : a.address().compareTo(b.address());
  }

  private static boolean isDelete(Change c) {
    return c.action() == Action.DELETE || c.action() == Action.FORGET;
  }
}
