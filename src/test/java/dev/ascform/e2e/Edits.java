package dev.ascform.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Edits of the copied config, as a person would make them. */
final class Edits {
  private Edits() {}

  /** Removes the named top-level entries (two-space indented blocks) from a config file. */
  static void removeBlocks(Path file, Set<String> keys) {
    try {
      List<String> out = new ArrayList<>();
      boolean skipping = false;
      for (String line : Files.readAllLines(file)) {
        if (line.matches("^  [a-z0-9_]+:\\s*$")) {
          skipping = keys.contains(line.trim().replace(":", ""));
        } else if (!line.startsWith("  ") && !line.isBlank()) {
          skipping = false;
        }
        if (!skipping) {
          out.add(line);
        }
      }
      Files.write(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces text in a config file, failing when it is not there. */
  static void replace(Path file, String from, String to) {
    try {
      String s = Files.readString(file);
      if (!s.contains(from)) {
        throw new IllegalArgumentException(file + " does not contain " + from);
      }
      Files.writeString(file, s.replace(from, to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
