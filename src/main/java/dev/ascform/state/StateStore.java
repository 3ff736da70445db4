package dev.ascform.state;

import dev.ascform.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The state file at one path, for one target. {@link #load} gives an empty state (new lineage) when
 * the file does not exist yet; {@link #save} writes only when the content changed, bumping the
 * serial, through a temporary file, fsync and an atomic rename, keeping the previous version as
 * {@code <file>.backup}. Guard concurrent runs with a {@link StateLock}.
 */
public final class StateStore {
  private final Path file;
  private final StateTarget target;

  /**
   * The bytes this store last read from or wrote to the file, and the state they hold: a save
   * checks the file again (another run may have written it), but decodes it only when its bytes
   * differ. An apply saves dozens of times; decoding megabytes of state for each was most of a
   * large apply's CPU.
   */
  private byte[] lastBytes;

  private StateFile lastState;
  private final StateCodec.Encoder encoder = new StateCodec.Encoder();

  public StateStore(Path file, StateTarget target) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    this.target = Objects.requireNonNull(target, "target");
  }

  /**
   * A store that reads and saves the file as it is, for no particular target ({@link FileBackend}).
   */
  StateStore(Path file) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    this.target = null;
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
    Objects.requireNonNull(target, "a store without a target cannot check one");
    StateFile onDisk = readIfExists();
    if (onDisk == null) {
      return StateFile.empty(target);
    }
    if (!onDisk.target().sameAs(target)) {
      throw new StateTargetMismatchException(
          "the state "
              + file
              + " belongs to "
              + onDisk.target().describe()
              + ", but this run targets "
              + target.describe()
              + ". A sandbox state is never used against Apple, nor one account's state against"
              + " another: pass another --state file.");
    }
    return onDisk;
  }

  /**
   * Saves the state if its content differs from the file's, with the serial bumped; returns what
   * the file now holds (the unchanged state when nothing was written).
   *
   * @throws StateException when the file changed since {@code state} was loaded (another run wrote
   *     it), or belongs to another lineage
   * @throws dev.ascform.plan.SecretGuard.SecretLeakException when a value looks secret
   */
  public synchronized StateFile save(StateFile state) {
    byte[] before = readBytesIfExists();
    StateFile onDisk = before == null ? null : decode(before);
    if (onDisk != null) {
      if (!onDisk.lineage().equals(state.lineage())) {
        throw new StateException(
            "refusing to overwrite "
                + file
                + ": it has lineage "
                + onDisk.lineage()
                + ", not "
                + state.lineage()
                + " (another state took its place)");
      }
      if (onDisk.serial() != state.serial()) {
        throw new StateException(
            "refusing to overwrite "
                + file
                + ": it changed since it was"
                + " read (serial "
                + state.serial()
                + " -> "
                + onDisk.serial()
                + "); another run"
                + " wrote it. Run again.");
      }
      if (onDisk.sameContentAs(state)) {
        return onDisk;
      }
    }
    StateFile next = state.withSerial(state.serial() + 1);
    byte[] json = encoder.encode(next).getBytes(StandardCharsets.UTF_8);
    try {
      Files.createDirectories(file.getParent());
      if (before != null) {
        AtomicFile.ownerOnly(backupPath()).write(before);
      }
      AtomicFile.ownerOnly(file).write(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the state " + file + ": " + e.getMessage(), e);
    }
    lastBytes = json;
    lastState = next;
    return next;
  }

  /** The file's state as it is (no target check), or null when there is no file. */
  synchronized StateFile readExisting() {
    return readIfExists();
  }

  private synchronized StateFile readIfExists() {
    byte[] bytes = readBytesIfExists();
    return bytes == null ? null : decode(bytes);
  }

  private byte[] readBytesIfExists() {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the state " + file + ": " + e.getMessage(), e);
    }
  }

  /** The state these bytes hold: the one remembered when they are what this store last saw. */
  private StateFile decode(byte[] bytes) {
    if (lastBytes != null && Arrays.equals(bytes, lastBytes)) {
      return lastState;
    }
    StateFile decoded = StateCodec.decode(bytes, file.toString());
    lastBytes = bytes;
    lastState = decoded;
    return decoded;
  }
}
