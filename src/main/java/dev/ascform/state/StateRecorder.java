package dev.ascform.state;

import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The applier's side of the state: records each change as it succeeds and saves at once, so a
 * crash loses nothing. Thread-safe: changes applied concurrently are recorded one at a time.
 * Hold the {@link StateLock} for as long as a recorder is in use.
 */
public final class StateRecorder {
  private final StateStore store;
  private StateFile current;

  /** A recorder continuing from {@code loaded} (as returned by {@link StateStore#load}). */
  public StateRecorder(StateStore store, StateFile loaded) {
    this.store = Objects.requireNonNull(store, "store");
    this.current = Objects.requireNonNull(loaded, "loaded");
  }

  /**
   * Records a change that succeeded and saves.
   *
   * @param appleId Apple's id after the change (null: the change's)
   * @param attributes the attributes applied, ideally as re-read (null: the change's after)
   */
  public StateFile applied(Change change, String appleId, Map<String, Object> attributes) {
    return update(s -> s.withApplied(change, appleId, attributes));
  }

  /** Forgets an address and saves. */
  public StateFile removed(Address address) {
    return update(s -> s.withRemoved(address));
  }

  /** Applies any edit and saves; returns the saved state. */
  public synchronized StateFile update(UnaryOperator<StateFile> edit) {
    current = store.save(edit.apply(current));
    return current;
  }

  /** The state as last saved (or loaded). */
  public synchronized StateFile current() {
    return current;
  }
}
