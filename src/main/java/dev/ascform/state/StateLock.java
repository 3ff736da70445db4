package dev.ascform.state;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * An exclusive lock on a state file: {@code <state>.lock}, created atomically ({@code CREATE_NEW})
 * and holding a {@link LockInfo}. {@link #acquire} takes over a lock whose holder is a dead process
 * of this host (a killed apply), else polls until the timeout, then fails naming the holder; {@link
 * #close} releases the lock if it is still ours; {@link #forceUnlock} removes a dead run's lock by
 * its id.
 */
public final class StateLock implements AutoCloseable {
  /** How long to wait between attempts. */
  static final Duration POLL = Duration.ofMillis(100);

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** Waits between attempts; a seam for tests. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final Path lockFile;
  private final LockInfo info;
  private boolean released;

  private StateLock(Path lockFile, LockInfo info) {
    this.lockFile = lockFile;
    this.info = info;
  }

  /** {@code <state>.lock}. */
  public static Path lockFileOf(Path stateFile) {
    Path abs = stateFile.toAbsolutePath();
    return abs.resolveSibling(abs.getFileName() + ".lock");
  }

  /** Takes the lock for an operation, waiting up to {@code timeout}. */
  public static StateLock acquire(Path stateFile, String operation, Duration timeout) {
    Clock clock = Clock.systemUTC();
    return acquire(
        stateFile,
        LockInfo.forThisProcess(operation, clock),
        timeout,
        clock,
        d -> Thread.sleep(d.toMillis()));
  }

  /**
   * Takes the lock, polling every {@link #POLL} until {@code timeout} has passed on {@code clock}.
   *
   * @throws StateLockedException naming the holder when the wait times out
   */
  public static StateLock acquire(
      Path stateFile, LockInfo info, Duration timeout, Clock clock, Sleeper sleeper) {
    Path lockFile = lockFileOf(stateFile);
    Instant deadline = clock.instant().plus(timeout);
    byte[] content = json(info);
    while (true) {
      try {
        Files.createDirectories(lockFile.getParent());
        try (FileChannel ch =
            FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          ch.write(ByteBuffer.wrap(content));
          ch.force(true);
        }
        return new StateLock(lockFile, info);
      } catch (FileAlreadyExistsException held) {
        Optional<LockInfo> holder = read(lockFile);
        if (holder.isPresent() && deadHolder(holder.get(), info)) {
          removeIfStill(lockFile, holder.get());
          continue;
        }
        Instant now = clock.instant();
        if (!now.isBefore(deadline)) {
          throw new StateLockedException(lockFile, read(lockFile).orElse(null));
        }
        Duration left = Duration.between(now, deadline);
        try {
          sleeper.sleep(left.compareTo(POLL) < 0 ? left : POLL);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new StateException("interrupted while waiting for the state lock", e);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot create the lock " + lockFile + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * Whether a lock's holder is a process of this host that is gone: same host name, another pid
   * (this JVM's own locks are alive), and no live process with that pid, or one started after the
   * lock was taken (the pid was reused). A holder on another host is never judged.
   */
  static boolean deadHolder(LockInfo holder, LockInfo me) {
    if (holder.host() == null || !holder.host().equals(me.host()) || holder.pid() == me.pid()) {
      return false;
    }
    Optional<ProcessHandle> p = ProcessHandle.of(holder.pid());
    if (p.isEmpty() || !p.get().isAlive()) {
      return true;
    }
    Optional<Instant> started = p.get().info().startInstant();
    try {
      Instant taken = Instant.parse(holder.created());
      return started.isPresent() && started.get().isAfter(taken.plusSeconds(1));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Removes a dead holder's lock file, only while it still holds that holder's id. */
  private static void removeIfStill(Path lockFile, LockInfo dead) {
    if (read(lockFile).map(h -> h.id().equals(dead.id())).orElse(false)) {
      delete(lockFile);
    }
  }

  /** Who holds the lock on a state, if anyone (empty also while the holder is writing it). */
  public static Optional<LockInfo> current(Path stateFile) {
    return read(lockFileOf(stateFile));
  }

  /**
   * Removes the lock if its id is {@code id} ({@code ascform force-unlock ID}).
   *
   * @throws StateException when there is no lock, or it has another id
   */
  public static void forceUnlock(Path stateFile, String id) {
    Path lockFile = lockFileOf(stateFile);
    if (!Files.exists(lockFile)) {
      throw new StateException("the state " + stateFile + " is not locked");
    }
    LockInfo holder = read(lockFile).orElse(null);
    if (holder == null || !holder.id().equals(id)) {
      throw new StateException(
          "the lock on "
              + stateFile
              + " has id "
              + (holder == null ? "(unreadable)" : holder.id())
              + ", not "
              + id
              + "; nothing was removed");
    }
    delete(lockFile);
  }

  /** This lock's description. */
  public LockInfo info() {
    return info;
  }

  /** Releases the lock if the lock file is still ours (nobody force-unlocked it). */
  @Override
  public void close() {
    if (released) {
      return;
    }
    released = true;
    if (read(lockFile).map(h -> h.id().equals(info.id())).orElse(false)) {
      delete(lockFile);
    }
  }

  private static Optional<LockInfo> read(Path lockFile) {
    try {
      return Optional.of(MAPPER.readValue(Files.readAllBytes(lockFile), LockInfo.class));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void delete(Path lockFile) {
    try {
      Files.deleteIfExists(lockFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the lock " + lockFile, e);
    }
  }

  private static byte[] json(LockInfo info) {
    try {
      return MAPPER.writeValueAsBytes(info);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
