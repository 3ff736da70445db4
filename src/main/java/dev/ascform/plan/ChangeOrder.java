package dev.ascform.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deterministic order of a plan: first everything that is not a delete, by dependency rank,
 * then action, then address; then the deletes in reverse rank order (dependents go first), then by
 * address. {@link #sort} then moves a change that waits for a delete (a profile replaced because a
 * capability it needs is deleted, or its certificate revoked) after the deletes.
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

  /**
   * Sorts {@code changes} in place into apply order: by this comparator, then every change that
   * depends on a delete in the same plan (directly, or through another change so moved) goes after
   * the deletes, in comparator order. The applier runs a change only after the earlier changes it
   * depends on, so a replace that must follow a delete (a new profile made while the capability it
   * loses still exists would be INVALID at once) has to come later in the list.
   */
  public static void sort(List<Change> changes) {
    changes.sort(INSTANCE);
    Set<Address> late = new HashSet<>();
    changes.stream().filter(ChangeOrder::isDelete).forEach(c -> late.add(c.address()));
    // the wave in which a change was moved: 1 when it depends on a delete, 2 when on a change
    // of wave 1, ...; the moved changes run in wave order, so each still follows what it needs
    Map<Address, Integer> wave = new HashMap<>();
    boolean grew = true;
    for (int w = 1; grew; w++) {
      grew = false;
      Set<Address> before = Set.copyOf(late);
      for (Change c : changes) {
        if (!isDelete(c)
            && !wave.containsKey(c.address())
            && c.dependsOn().stream().anyMatch(before::contains)) {
          wave.put(c.address(), w);
          late.add(c.address());
          grew = true;
        }
      }
    }
    if (wave.isEmpty()) {
      return;
    }
    List<Change> first = new ArrayList<>();
    List<Change> after = new ArrayList<>();
    for (Change c : changes) {
      (!isDelete(c) && wave.containsKey(c.address()) ? after : first).add(c);
    }
    after.sort(Comparator.<Change>comparingInt(c -> wave.get(c.address())).thenComparing(INSTANCE));
    changes.clear();
    changes.addAll(first);
    changes.addAll(after);
  }

  private static boolean isDelete(Change c) {
    return c.action() == Action.DELETE || c.action() == Action.FORGET;
  }
}
