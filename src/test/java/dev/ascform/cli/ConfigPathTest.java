package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code -c PATH} and the default config at the root of the ascform repository, where {@code
 * ./ascform} is the launcher script: never read as YAML.
 */
class ConfigPathTest {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = Main.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  @Test
  void theDefaultConfigAtTheRepositoryRootIsNotTheLauncherScript() {
    assertThat(Path.of("ascform")).isRegularFile();
    for (String command : new String[] {"validate", "plan"}) {
      Run r = run(command);
      assertThat(r.code()).as(r.err()).isEqualTo(1);
      assertThat(r.err())
          .as(command)
          .contains("ascform is not a YAML file", "ascform launcher script", "./ascform.yaml")
          .doesNotContain("ascform:1:");
    }
  }

  @Test
  void aTrailingSlashAsksForADirectory() {
    for (String command : new String[] {"validate", "plan", "apply", "state"}) {
      String[] args =
          command.equals("state")
              ? new String[] {"state", "list", "-c", "ascform/"}
              : new String[] {command, "-c", "ascform/"};
      Run r = run(args);
      assertThat(r.code()).as(command + ": " + r.err()).isEqualTo(1);
      assertThat(r.err())
          .as(command)
          .contains("'ascform/' is not a directory", "ascform is a file")
          .doesNotContain("ascform:1:");
    }
    Run missing = run("validate", "-c", "no-such-dir/");
    assertThat(missing.err()).contains("'no-such-dir/' is not a directory (it does not exist)");
  }

  @Test
  void aDirectoryWithATrailingSlashStillWorks() {
    Run r = run("validate", "-c", "examples/acme/");
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void aFileThatIsNotYamlIsRefusedClearly(@TempDir Path dir) throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "account:\n  name: acme\n");
    Run r = run("validate", "-c", notes.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("notes.txt is not a YAML file: a config is a *.yaml or *.yml file");
    Path yml = Files.writeString(dir.resolve("acme.YML"), "account:\n  name: acme\n");
    assertThat(run("validate", "-c", yml.toString()).code()).isZero();
  }
}
