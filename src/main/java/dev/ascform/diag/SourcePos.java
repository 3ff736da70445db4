package dev.ascform.diag;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a source file: the file and a 1-based line and column.
 *
 * @param file the file, as it was given (absolute or relative)
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourcePos(Path file, int line, int column) implements Comparable<SourcePos> {
  private static final Comparator<SourcePos> ORDER =
      Comparator.comparing((SourcePos p) -> p.file().toString())
          .thenComparingInt(SourcePos::line)
          .thenComparingInt(SourcePos::column);

  public SourcePos {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** The start of a file (used for whole-file problems such as an empty file). */
  public static SourcePos startOf(Path file) {
    return new SourcePos(file, 1, 1);
  }

  /**
   * {@code file:line:column}, the file shown relative to {@code base} when it lies under it.
   *
   * @param base usually the current directory; {@code null} shows the file as stored
   */
  public String display(Path base) {
    return displayFile(file, base) + ":" + line + ":" + column;
  }

  /** A file shown relative to {@code base} when it lies under it, else as given. */
  public static String displayFile(Path file, Path base) {
    if (base != null) {
      Path abs = file.toAbsolutePath().normalize();
      Path b = base.toAbsolutePath().normalize();
      if (abs.startsWith(b) && !abs.equals(b)) {
        return b.relativize(abs).toString();
      }
    }
    return file.toString();
  }

  /**
   * This position as mentioned in a message about {@code other}: {@code line 5, column 17} when
   * both are in the same file, else {@code file:line:column}.
   */
  public String mentionFrom(SourcePos other) {
    if (other != null && other.file().equals(file)) {
      return "line " + line + ", column " + column;
    }
    return toString();
  }

  @Override
  public String toString() {
    return display(null);
  }

  @Override
  public int compareTo(SourcePos o) {
    return ORDER.compare(this, o);
  }
}
