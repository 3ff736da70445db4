package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's first-run build, with stand-ins for {@code mvn} and {@code java} on the PATH:
 * Maven's colour escapes never reach a stderr that is not a terminal.
 */
class LauncherTest {
  static final String ESC = "\u001b";

  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  private Run launch(String mvnScript) throws Exception {
    String bash = CompletionCommandTest.onPath("bash");
    assumeTrue(bash != null, "bash is not on PATH");
    Path root = Files.createDirectories(tmp.resolve("ascform-checkout"));
    Files.copy(Path.of("ascform"), root.resolve("ascform"));
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(root.resolve("src/main"));
    Files.createDirectories(root.resolve("schemas"));
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    script(bin.resolve("mvn"), mvnScript);
    script(bin.resolve("java"), "echo \"java ran: $*\"\n");
    ProcessBuilder pb =
        new ProcessBuilder(bash, root.resolve("ascform").toString(), "--version")
            .directory(tmp.toFile());
    pb.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
    pb.environment().put("ASCFORM_CDS", "0");
    pb.redirectOutput(tmp.resolve("out.txt").toFile())
        .redirectError(tmp.resolve("err.txt").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(tmp.resolve("out.txt")),
        Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private static void script(Path file, String body) throws Exception {
    Files.writeString(file, "#!/usr/bin/env bash\n" + body);
    assertThat(file.toFile().setExecutable(true)).isTrue();
  }

  @Test
  void aFirstRunBuildPrintsNoEscapesWhenStderrIsNotATerminal() throws Exception {
    Run r = launch("printf '\\033[0m\\033[0m'\nmkdir -p target && touch target/ascform.jar\n");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("ascform: building").doesNotContain(ESC);
    assertThat(r.out()).contains("java ran:").contains("--version").doesNotContain(ESC);
  }

  @Test
  void aFailedBuildShowsMavensOutputWithoutEscapes() throws Exception {
    Run r = launch("printf '\\033[1;31m[ERROR]\\033[0m COMPILATION ERROR: Foo.java\\n'\nexit 1\n");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("[ERROR] COMPILATION ERROR: Foo.java", "the build failed")
        .doesNotContain(ESC);
    assertThat(r.out()).doesNotContain("java ran");
  }
}
