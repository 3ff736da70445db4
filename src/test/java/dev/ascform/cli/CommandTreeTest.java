package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CommandTreeTest {

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = Main.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void versionNamesTheProjectAndExitsZero() {
    Run r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("ascform ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "validate",
        "plan",
        "apply",
        "show",
        "export",
        "import",
        "state",
        "reports",
        "sandbox"
      })
  void everyCommandHasHelp(String command) {
    Run r = run(command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: ascform " + command);
  }

  @Test
  void rootHelpListsTheCommandTree() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("validate", "plan", "apply", "sandbox", "reports");
  }

  @Test
  void unknownOptionIsAnErrorWithExitOne() {
    Run r = run("--no-such-flag");
    assertThat(r.code()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.err()).contains("Unknown option");
  }
}
