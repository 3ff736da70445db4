package dev.ascform.state;

/**
 * A held lock whose {@link #close()} releases it exactly once: closing it again (an explicit unlock
 * followed by try-with-resources, or a close from another thread) does nothing. The backends say
 * only how to {@link #release()}.
 */
public abstract class OnceLock implements StateBackend.Lock {
  private final LockInfo info;
  private boolean released;

  protected OnceLock(LockInfo info) {
    this.info = info;
  }

  @Override
  public final LockInfo info() {
    return info;
  }

  @Override
  public final synchronized void close() {
    if (released) {
      return;
    }
    released = true;
    release();
  }

  /** Gives the lock back; called once, by the first {@link #close()}. */
  protected abstract void release();
}
