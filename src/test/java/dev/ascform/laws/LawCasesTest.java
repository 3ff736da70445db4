package dev.ascform.laws;

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
 * export-*} case must export, load and plan no changes (law 5).
 */
@Tag("laws")
class LawCasesTest {
  static final Path CASES = Path.of("src/test/resources/laws");

  @TestFactory
  Stream<DynamicTest> everyKeptCaseConverges() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      // open/ holds cases of defects not fixed yet, documented there and in RELIABILITY.md
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
