package dev.ascform.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * The state file at one path, for one target. {@link #load} gives an empty state (new lineage)
 * when the file does not exist yet; {@link #save} writes only when the content changed, bumping
 * the serial, through a temporary file, fsync and an atomic rename, keeping the previous version
 * as {@code <file>.backup}. Guard concurrent runs with a {@link StateLock}.
 */
public final class StateStore {
  private final Path file;
  private final StateTarget target;

  public StateStore(Path file, StateTarget target) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    this.target = Objects.requireNonNull(target, "target");
  }

  /** The state file. */
  public Path path() {
    return file;
  }

  /** {@code <file>.backup}: the version before the last save. */
  public Path backupPath() {
    return file.resolveSibling(file.getFileName() + ".backup");
  }

  /**
   * Reads the state, or an empty one when the file does not exist.
   *
   * @throws StateTargetMismatchException when the file belongs to another target
   * @throws StateFormatException when it cannot be read
   */
  public StateFile load() {
    StateFile onDisk = readIfExists();
    if (onDisk == null) {
      return StateFile.empty(target);
    }
    if (!onDisk.target().sameAs(target)) {
      throw new StateTargetMismatchException("the state " + file + " belongs to "
          + onDisk.target().describe() + ", but this run targets " + target.describe()
          + ". A sandbox state is never used against Apple, nor one account's state against"
          + " another: pass another --state file.");
    }
    return onDisk;
  }

  /**
   * Saves the state if its content differs from the file's, with the serial bumped; returns what
   * the file now holds (the unchanged state when nothing was written).
   *
   * @throws StateException when the file changed since {@code state} was loaded (another run
   *     wrote it), or belongs to another lineage
   * @throws dev.ascform.plan.SecretGuard.SecretLeakException when a value looks secret
   */
  public StateFile save(StateFile state) {
    StateFile onDisk = readIfExists();
    if (onDisk != null) {
      if (!onDisk.lineage().equals(state.lineage())) {
        throw new StateException("refusing to overwrite " + file + ": it has lineage "
            + onDisk.lineage() + ", not " + state.lineage() + " (another state took its place)");
      }
      if (onDisk.serial() != state.serial()) {
        throw new StateException("refusing to overwrite " + file + ": it changed since it was"
            + " read (serial " + state.serial() + " -> " + onDisk.serial() + "); another run"
            + " wrote it. Run again.");
      }
      if (onDisk.sameContentAs(state)) {
        return onDisk;
      }
    }
    StateFile next = state.withSerial(state.serial() + 1);
    String json = StateCodec.encode(next);
    try {
      Files.createDirectories(file.getParent());
      if (onDisk != null) {
        atomicWrite(backupPath(), Files.readAllBytes(file));
      }
      atomicWrite(file, json.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the state " + file + ": " + e.getMessage(), e);
    }
    return next;
  }

  private StateFile readIfExists() {
    try {
      return StateCodec.decode(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the state " + file + ": " + e.getMessage(), e);
    }
  }

  /** Writes a temporary file beside {@code target}, fsyncs it, and renames it atomically. */
  static void atomicWrite(Path target, byte[] bytes) throws IOException {
    Path dir = target.getParent();
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      syncDirectory(dir);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every platform can fsync a directory; the rename itself is still atomic.
    }
  }
}
