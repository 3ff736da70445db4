package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SandboxGenerateCommandTest {
  @TempDir Path tmp;

  private int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cli = Main.newCommandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void writesSeedConfigAndReadmeAndPrintsTheLowerBound() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Path dir = tmp.resolve("small");
    int code =
        run(
            out,
            err,
            "sandbox",
            "generate",
            "--scale",
            "SMALL",
            "--random-seed",
            "4",
            "-o",
            dir.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(dir.resolve("sandbox-seed.yaml")).isRegularFile();
    assertThat(dir.resolve("account.yaml")).content().contains("name: generated-small");
    assertThat(Files.readString(dir.resolve("README.md"))).contains("random seed 4", "## Drift");
    assertThat(out.toString())
        .contains("betaTesters", "400", "lower bound of a full read: 11 requests");
  }

  @Test
  void refusesAnUnknownScaleNamingTheChoices() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = run(out, err, "sandbox", "generate", "--scale", "huge", "-o", tmp.toString());
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("'huge' is not a scale; use small, medium or large");
  }
}
