package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The report examples a new user copies (README and {@code --help}) download from the sandbox as
 * written, and a vendor number the sandbox account does not have is refused naming the ones it has.
 */
class ReportsExamplesTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(List<String> args) {
    CommandLine cli = Main.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args.toArray(String[]::new)), out.toString(), err.toString());
  }

  /** The README's Reports code block. */
  static String readmeBlock() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    String section = readme.substring(readme.indexOf("\n## Reports\n"));
    int start = section.indexOf("```sh\n") + "```sh\n".length();
    return section.substring(start, section.indexOf("```", start));
  }

  /** {@code args} with {@code -o} sent to a directory of this test and the sandbox kept here. */
  private List<String> here(List<String> args, int n) {
    List<String> out = new ArrayList<>(args);
    out.set(out.indexOf("-o") + 1, tmp.resolve("out" + n).toString());
    out.addAll(List.of("--sandbox-home", tmp.toString()));
    return out;
  }

  @Test
  void theReadmeAndHelpReportExamplesWorkAgainstTheSandboxAsWritten() throws Exception {
    String block = readmeBlock();
    assertThat(block.lines().filter(l -> !l.startsWith(" ")))
        .allSatisfy(l -> assertThat(l).startsWith("./ascform reports "));
    List<List<String>> examples = new ArrayList<>(ShellCommands.ascformCommands(block));
    assertThat(examples).hasSize(2);
    for (String command : List.of("reports", "reports sales", "reports finance")) {
      String usage =
          HelpExamplesTest.find("ascform " + command).getUsageMessage(CommandLine.Help.Ansi.OFF);
      String lines = String.join("\n", HelpExamplesTest.examples(usage));
      assertThat(lines.lines().filter(l -> l.contains("ascform ")))
          .allSatisfy(l -> assertThat(l).contains("./ascform "));
      ShellCommands.ascformCommands(lines).stream()
          .filter(a -> a.contains("--sandbox"))
          .forEach(examples::add);
    }
    assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
    int n = 0;
    for (List<String> args : examples) {
      Run r = run(here(args, n++));
      assertThat(r.code()).as("ascform %s\n%s%s", args, r.out(), r.err()).isZero();
    }
  }

  @Test
  void aVendorNumberTheSandboxDoesNotHaveIsRefusedNamingItsOwn() {
    Run r =
        run(
            here(
                List.of(
                    "reports",
                    "sales",
                    "--sandbox",
                    "-c",
                    "examples/acme",
                    "--vendor",
                    "80000000",
                    "--type",
                    "SALES",
                    "--subtype",
                    "SUMMARY",
                    "--frequency",
                    "MONTHLY",
                    "--date",
                    "2026-10",
                    "-o",
                    "x"),
                0));
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "403",
            "FORBIDDEN_ERROR",
            "'80000000'",
            "This sandbox account's vendor numbers: 85012345.");
  }
}
