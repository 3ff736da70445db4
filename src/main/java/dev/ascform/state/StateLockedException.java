package dev.ascform.state;

import java.nio.file.Path;

/** The state is locked by someone else and the wait timed out. */
public final class StateLockedException extends StateException {
  private final LockInfo holder;

  public StateLockedException(Path lockFile, LockInfo holder) {
    super(
        "the state is "
            + (holder == null
                ? "locked (the lock file " + lockFile + " is unreadable)"
                : holder.describe())
            + ". Wait for it to finish (--lock-timeout),"
            + " or if that run died, remove the lock with: ascform force-unlock "
            + (holder == null ? "(delete " + lockFile + ")" : holder.id()));
    this.holder = holder;
  }

  /** The lock on a state elsewhere (a database, a server) is held, by {@code holder} if known. */
  public StateLockedException(String location, LockInfo holder) {
    super(
        "the state "
            + location
            + " is "
            + (holder == null
                ? "locked (its holder has not" + " said who it is yet; try again in a moment)"
                : holder.describe())
            + ". Wait for it to finish (--lock-timeout), or if that run died or hangs, remove the"
            + " lock with: ascform force-unlock "
            + (holder == null ? "ID" : holder.id()));
    this.holder = holder;
  }

  /** Who holds the lock, or null when its file could not be read. */
  public LockInfo holder() {
    return holder;
  }
}
