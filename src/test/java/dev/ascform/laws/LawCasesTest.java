package dev.ascform.laws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Every failing case the laws found, kept as a plain regression test: each directory of {@code
 * src/test/resources/laws/} holds a config ({@code ascform.yaml}) and an account ({@code
 * seed.yaml}), shrunk, with a comment saying which law failed and why. Each must now plan, apply,
 * converge (law 1), apply again without a write (law 2) and plan the same twice (law 8); an {@code
 * export-*} case must export, load and plan no changes (law 5); a case with a {@code faults} file
 * ({@code RATE SEED...}) must converge under the sandbox's faults of each seed (law 9).
 */
@Tag("laws")
class LawCasesTest {
  static final Path CASES = Path.of("src/test/resources/laws");

  @TestFactory
  Stream<DynamicTest> everyKeptCaseConverges() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs
          .filter(d -> Files.isRegularFile(d.resolve("ascform.yaml")))
          .sorted()
          .toList()
          .stream()
          .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
    }
  }

  /**
   * Cases named {@code export-*} check law 5 on their account (of the sections listed in an
   * optional {@code kinds} file); the others laws 1, 2 and 8.
   */
  static void check(Path dir) throws IOException {
    Path faults = dir.resolve("faults");
    if (Files.exists(faults)) {
      String[] f = Files.readString(faults).strip().split("\\s+");
      for (int i = 1; i < f.length; i++) {
        try (Rig rig =
            new Rig(
                Files.readString(dir.resolve("ascform.yaml")),
                Files.readString(dir.resolve("seed.yaml")),
                Checks.faulty(Double.parseDouble(f[0]), Long.parseLong(f[i])))) {
          assertThat(Checks.convergesUnderFaults(rig))
              .as("fault seed " + f[i])
              .doesNotStartWith("refused");
        }
      }
      return;
    }
    try (Rig rig =
        new Rig(
            Files.readString(dir.resolve("ascform.yaml")),
            Files.readString(dir.resolve("seed.yaml")),
            SandboxOptions.defaults())) {
      if (dir.getFileName().toString().startsWith("export-")) {
        Path kinds = dir.resolve("kinds");
        Checks.exportRoundTrip(rig, Files.exists(kinds) ? Files.readString(kinds).strip() : null);
      } else {
        Checks.converges(rig);
      }
    }
  }
}
