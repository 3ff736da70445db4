package dev.ascform.state;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The local state file: today's behaviour and files, behind {@link StateBackend}. The state is
 * {@link StateStore}'s file (atomic rename, {@code .backup}); the lock is {@link StateLock}'s
 * {@code <file>.lock}.
 */
public final class FileBackend implements StateBackend {
  private final Path file;
  private final StateStore store;

  public FileBackend(Path file) {
    this.file = file;
    this.store = new StateStore(file);
  }

  /** The state file. */
  public Path path() {
    return file;
  }

  @Override
  public String location() {
    return file.toString();
  }

  @Override
  public Optional<StateFile> read() {
    return Optional.ofNullable(store.readExisting());
  }

  @Override
  public StateFile save(StateFile state) {
    return store.save(state);
  }

  @Override
  public Lock lock(String operation, Duration timeout) {
    StateLock lock = StateLock.acquire(file, operation, timeout);
    return new Lock() {
      @Override
      public LockInfo info() {
        return lock.info();
      }

      @Override
      public void close() {
        lock.close();
      }
    };
  }

  @Override
  public Optional<LockInfo> lockInfo() {
    return StateLock.current(file);
  }

  @Override
  public void forceUnlock(String id) {
    StateLock.forceUnlock(file, id);
  }
}
