package dev.ascform.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;

/**
 * Writes a file so that a reader (or a crash) sees either the old content or the new content, never
 * a part: the content goes into a temporary file in the target's directory, which is fsynced,
 * renamed onto the target atomically, and then the directory is fsynced so the rename survives a
 * power loss. When writing fails, the temporary file is deleted and the target is left as it was.
 *
 * <pre>{@code
 * AtomicFile.ownerOnly(stateFile).write(bytes);
 * AtomicFile.at(report).temp(report.resolveSibling(name + ".part")).write(out -> copy(in, out));
 * }</pre>
 *
 * <p>The rename is {@link StandardCopyOption#ATOMIC_MOVE}; a file system that cannot do it fails
 * the write (with the target untouched) instead of falling back to a copy that could be seen
 * half-done.
 */
public final class AtomicFile {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** What writes the content; the stream is flushed and fsynced after it returns. */
  @FunctionalInterface
  public interface Content<E extends Exception> {
    /** Writes the whole content to {@code out} (closing {@code out} is allowed and harmless). */
    void writeTo(OutputStream out) throws IOException, E;
  }

  private final Path target;
  private final boolean ownerOnly;
  private final Path temp;

  private AtomicFile(Path target, boolean ownerOnly, Path temp) {
    this.target = target.toAbsolutePath();
    this.ownerOnly = ownerOnly;
    this.temp = temp == null ? null : temp.toAbsolutePath();
  }

  /** A writer of {@code target} whose new file gets the default permissions (the umask's). */
  public static AtomicFile at(Path target) {
    return new AtomicFile(target, false, null);
  }

  /**
   * A writer of {@code target} whose new file is readable and writable by its owner only ({@code
   * rw-------} where the file system has POSIX permissions): state, plans, keys.
   */
  public static AtomicFile ownerOnly(Path target) {
    return new AtomicFile(target, true, null);
  }

  /**
   * The same writer, but writing through this temporary file (in the target's directory) instead of
   * a fresh randomly named one: a leftover from an earlier run is overwritten. Reports use it so
   * that a {@code .part} file is recognisable.
   */
  public AtomicFile temp(Path temp) {
    if (!temp.toAbsolutePath().getParent().equals(target.getParent())) {
      throw new IllegalArgumentException(
          "the temporary file " + temp + " must be in the directory of " + target);
    }
    return new AtomicFile(target, ownerOnly, temp);
  }

  /** Replaces the target's content with {@code bytes}. */
  public void write(byte[] bytes) throws IOException {
    write(out -> out.write(bytes));
  }

  /** Replaces the target's content with what {@code content} writes. */
  public <E extends Exception> void write(Content<E> content) throws IOException, E {
    Path dir = target.getParent();
    Path tmp = temp != null ? temp : freshName(dir);
    boolean moved = false;
    try {
      Files.deleteIfExists(tmp); // a leftover of an earlier run; a fresh name has none
      try (FileChannel channel = create(tmp)) {
        OutputStream out =
            new KeepOpen(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
      syncDirectory(dir);
    } finally {
      if (!moved) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /** A name no other writer is using: {@code .<target name>.<random>.tmp}, beside the target. */
  private Path freshName(Path dir) {
    return dir.resolve(
        "." + target.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".tmp");
  }

  /** Creates the temporary file, owner-only from its first byte when asked. */
  private FileChannel create(Path tmp) throws IOException {
    Set<StandardOpenOption> options =
        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    if (ownerOnly && tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return FileChannel.open(
          tmp,
          options,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    return FileChannel.open(tmp, options);
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every platform can fsync a directory (Windows cannot open one); the rename is done.
    }
  }

  /** Lets the content close its stream (a Writer, a zip stream) without closing the channel. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
