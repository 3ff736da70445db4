package dev.ascform.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ascform validate} end to end, in process. */
class ValidateCommandTest {
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
  void theAcmeExampleValidates() throws Exception {
    Run r = run("validate", "-c", "examples/acme");
    assertThat(r.code()).isZero();
    int n = new ConfigLoader(Map.of()).load(Path.of("examples/acme")).state().resourceCount();
    assertThat(r.out()).isEqualTo(n + " resources in 6 files" + System.lineSeparator());
    assertThat(r.err()).isEmpty();
  }

  @Test
  void anInvalidConfigExitsOneWithEveryErrorPositionedRelativeToTheCurrentDirectory() {
    Run r = run("validate", "--config", "src/test/resources/invalid/several_errors_sorted");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList())
        .satisfiesExactly(
            l ->
                assertThat(l)
                    .startsWith("src/test/resources/invalid/several_errors_sorted/a.yaml:5:15: "),
            l ->
                assertThat(l)
                    .startsWith("src/test/resources/invalid/several_errors_sorted/b.yaml:5:12: "),
            l -> assertThat(l).isEqualTo("2 errors found."));
  }

  @Test
  void warningsArePrintedOnSuccess(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("c.yaml");
    Files.writeString(
        f,
        "account:\n  name: t\nbundle_ids:\n  m:\n    identifier: com.acme.m\n    name: M\n"
            + "    platform: IOS\n    capabilities:\n      SHAZAM_KIT: {}\n");
    Run r = run("validate", "-c", f.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("1 resource in 1 file" + System.lineSeparator());
    assertThat(r.err())
        .contains(":9:7: warning: capability type 'SHAZAM_KIT' is not in Apple's OpenAPI document");
  }

  @Test
  void aMissingDefaultConfigSaysWhereItLooked(@TempDir Path dir) {
    Run r = run("validate", "-c", dir.resolve("absent").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("error: no config at").contains("absent");
  }
}
