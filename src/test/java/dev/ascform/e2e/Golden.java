package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/plan/}: compared after normalising what varies
 * between runs (timings, the temporary directory); refreshed with {@code -Dgolden.update=true}.
 */
final class Golden {
  private Golden() {}

  static String normalise(String text, Path home) {
    return text.replace(home.toString(), "$HOME")
        .replaceAll("\"durations_ms\" : \\{[^}]*\\}", "\"durations_ms\" : { }")
        .replaceAll("\\d+\\.\\d+ s\\b", "N.N s");
  }

  static void check(String name, String actual) {
    Path file = Path.of("src/test/resources/plan", name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual);
      }
      assertThat(actual)
          .as("golden file %s (refresh with -Dgolden.update=true)", file)
          .isEqualTo(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
