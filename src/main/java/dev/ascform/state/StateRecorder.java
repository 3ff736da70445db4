package dev.ascform.state;

import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The applier's side of the state: records each change as it succeeds. A change that wrote to Apple
 * is saved at once (with every record still pending), so a crash never forgets what Apple created.
 * A change that needed no request (adopt, forget) is only recorded in memory and saved with the
 * next save, at the latest after {@value #MAX_PENDING} such records or at {@link #flush()}: losing
 * it in a crash loses nothing, since the next plan adopts (or forgets) it again by its natural key
 * (docs/STATE.md). Thread-safe: changes applied concurrently are recorded one at a time. Hold the
 * backend's lock for as long as a recorder is in use.
 */
public final class StateRecorder {
  /** At most this many records wait for a save. */
  static final int MAX_PENDING = 500;

  /** The save: a compare-and-swap on lineage and serial ({@link StateBackend#save}). */
  private final UnaryOperator<StateFile> store;

  private StateFile current;

  /** Records not saved yet. */
  private int pending;

  /** The first save that failed (the database or server went away), if one did. */
  private RuntimeException saveFailure;

  /** Records not yet merged into {@code current}, by address (empty: removed). */
  private final Map<Address, Optional<StateResource>> unmerged = new LinkedHashMap<>();

  /** A recorder continuing from {@code loaded} (as returned by {@link StateStore#load}). */
  public StateRecorder(StateStore store, StateFile loaded) {
    this(Objects.requireNonNull(store, "store")::save, loaded);
  }

  /** A recorder saving to a backend, continuing from what it loaded. */
  public StateRecorder(StateBackend backend, StateFile loaded) {
    this(Objects.requireNonNull(backend, "backend")::save, loaded);
  }

  private StateRecorder(UnaryOperator<StateFile> save, StateFile loaded) {
    this.store = save;
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

  /**
   * Records a change that sent no request (adopt, forget) without saving at once: it is saved with
   * the next save, after {@value #MAX_PENDING} such records, or at {@link #flush()}.
   */
  public synchronized void appliedWithoutRequest(
      Change change, String appleId, Map<String, Object> attributes) {
    unmerged.put(change.address(), StateFile.entryAfter(change, appleId, attributes));
    if (++pending >= MAX_PENDING) {
      flush();
    }
  }

  /** Saves the records still pending, if any; returns the state. */
  public synchronized StateFile flush() {
    if (pending > 0) {
      current = save(merged());
      pending = 0;
    }
    return current;
  }

  private StateFile merged() {
    if (!unmerged.isEmpty()) {
      current = current.withEntries(unmerged);
      unmerged.clear();
    }
    return current;
  }

  /** How many records wait for a save. */
  public synchronized int pending() {
    return pending;
  }

  /** Forgets an address and saves. */
  public StateFile removed(Address address) {
    return update(s -> s.withRemoved(address));
  }

  /** Applies any edit and saves (with every pending record); returns the saved state. */
  public synchronized StateFile update(UnaryOperator<StateFile> edit) {
    current = save(edit.apply(merged()));
    pending = 0;
    return current;
  }

  private StateFile save(StateFile next) {
    try {
      return store.apply(next);
    } catch (RuntimeException e) {
      if (saveFailure == null) {
        saveFailure = e;
      }
      throw e;
    }
  }

  /**
   * Throws when a save has failed: a change that would write to Apple is then not started, since
   * what it made could not be recorded (the next run adopts what was made before by its natural
   * key).
   *
   * @throws StateException naming the failed save
   */
  public synchronized void checkSaving() {
    if (saveFailure != null) {
      throw new StateException(
          "not started: the state can no longer be saved (" + saveFailure.getMessage() + ")");
    }
  }

  /** The state as recorded: as last saved (or loaded), plus the pending records. */
  public synchronized StateFile current() {
    return merged();
  }
}
