package dev.ascform.state;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a state lives and how runs take turns on it: a local file ({@link FileBackend}), a
 * PostgreSQL table, or a server speaking Terraform's HTTP backend protocol (docs/STATE.md).
 *
 * <p>The contract every backend keeps:
 *
 * <ul>
 *   <li>{@link #save} is a compare-and-swap on lineage and serial: it stores the state with its
 *       serial bumped only if what is stored still has the state's lineage and serial (or nothing
 *       is stored yet); otherwise it throws and stores nothing. Never last-writer-wins.
 *   <li>{@link #lock} is exclusive across processes and hosts, names its holder to whoever waits
 *       ({@link StateLockedException}), and a holder that dies does not keep it forever.
 *   <li>{@link #location()} and every message a backend throws are safe to print: a password or
 *       token in a URL never appears in them.
 * </ul>
 */
public interface StateBackend extends AutoCloseable {
  /** Where the state is, for messages: a path or a URL with any password masked. */
  String location();

  /**
   * What is stored, exactly as stored (no target check), or empty when nothing is yet.
   *
   * @throws StateException when the store cannot be reached or read
   */
  Optional<StateFile> read();

  /**
   * Stores {@code state} with its serial bumped when its content differs from what is stored;
   * returns what is stored afterwards (the state itself when nothing needed writing).
   *
   * @throws StateException when what is stored moved on (another serial) or is another lineage
   */
  StateFile save(StateFile state);

  /**
   * Takes the lock for an operation, waiting up to {@code timeout}.
   *
   * @throws StateLockedException naming the holder when the wait times out
   */
  Lock lock(String operation, Duration timeout);

  /** Who holds the lock now, if anyone. */
  Optional<LockInfo> lockInfo();

  /**
   * Releases a dead or stuck run's lock by its id ({@code ascform force-unlock ID}).
   *
   * @throws StateException when the state is not locked, or locked under another id
   */
  void forceUnlock(String id);

  /** Releases connections; the lock, if still held, goes with them. */
  @Override
  default void close() {}

  /**
   * The stored state for {@code target}, or a new empty one when nothing is stored.
   *
   * @throws StateTargetMismatchException when the stored state belongs to another target
   */
  default StateFile load(StateTarget target) {
    Optional<StateFile> stored = read();
    if (stored.isEmpty()) {
      return StateFile.empty(target);
    }
    StateFile s = stored.get();
    if (!s.target().sameAs(target)) {
      throw new StateTargetMismatchException(
          "the state "
              + location()
              + " belongs to "
              + s.target().describe()
              + ", but this run targets "
              + target.describe()
              + ". A sandbox state is never used against Apple, nor one account's state against"
              + " another: pass another --state.");
    }
    return s;
  }

  /** A held lock; {@link #close()} is the unlock, and releases it only while it is still ours. */
  interface Lock extends AutoCloseable {
    /** Who we said we are when we took it. */
    LockInfo info();

    @Override
    void close();
  }
}
