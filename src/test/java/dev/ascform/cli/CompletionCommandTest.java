package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompletionCommandTest {

  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh"})
  void scriptNamesEveryTopLevelCommand(String shell) {
    CommandTreeTest.Run r = CommandTreeTest.run("completion", shell);
    assertThat(r.code()).isZero();
    for (String command : Main.newCommandLine().getSubcommands().keySet()) {
      assertThat(r.out()).as(command).containsPattern("\\b" + command + "\\b");
    }
    assertThat(r.out()).contains("complete -F", "--detailed-exitcode", "--auto-approve");
  }

  @Test
  void zshScriptEnablesBashCompletionCompatibility() {
    String zsh = CommandTreeTest.run("completion", "zsh").out();
    assertThat(zsh)
        .startsWith("# ascform completion for zsh")
        .contains("autoload -U +X bashcompinit && bashcompinit");
  }

  @Test
  void anUnknownShellIsRefused() {
    CommandTreeTest.Run r = CommandTreeTest.run("completion", "fish");
    assertThat(r.code()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.err()).contains("bash", "zsh");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh"})
  void bashAcceptsTheScriptsSyntax(String shell, @TempDir Path dir)
      throws IOException, InterruptedException {
    String bash = onPath("bash");
    assumeTrue(bash != null, "bash is not on PATH");
    Path script = dir.resolve("ascform." + shell);
    Files.writeString(
        script, CommandTreeTest.run("completion", shell).out(), StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(bash, "-n", script.toString()).redirectErrorStream(true).start();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(output).isZero();
  }

  @Test
  void sourcingTheScriptInBashRegistersTheCompletion(@TempDir Path dir)
      throws IOException, InterruptedException {
    String bash = onPath("bash");
    assumeTrue(bash != null, "bash is not on PATH");
    Path script = dir.resolve("ascform.bash");
    Files.writeString(script, CommandTreeTest.run("completion", "bash").out());
    Process p =
        new ProcessBuilder(
                bash,
                "--norc",
                "--noprofile",
                "-c",
                "source \"$1\" && complete -p ascform",
                "check",
                script.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("ascform");
  }

  static String onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return null;
  }
}
