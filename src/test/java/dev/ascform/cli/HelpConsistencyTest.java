package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** What every command's --help lists: the options that apply there, labelled alike. */
class HelpConsistencyTest {
  static List<CommandLine> all() {
    List<CommandLine> out = new ArrayList<>();
    collect(Main.newCommandLine(), out);
    return out;
  }

  private static void collect(CommandLine cli, List<CommandLine> out) {
    out.add(cli);
    cli.getSubcommands().values().forEach(sub -> collect(sub, out));
  }

  static String usage(String command) {
    return HelpExamplesTest.find(command).getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  @Test
  void everyOptionValueHasAnUpperCaseLabel() {
    List<String> wrong = new ArrayList<>();
    for (CommandLine cli : all()) {
      for (OptionSpec o : cli.getCommandSpec().options()) {
        if (o.arity().max() > 0
            && !o.hidden()
            && !o.paramLabel().matches("[A-Z][A-Z0-9_]*([|-][A-Z0-9_]+)*")) {
          wrong.add(
              cli.getCommandSpec().qualifiedName() + " " + o.longestName() + " " + o.paramLabel());
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(usage("ascform sandbox serve"))
        .contains("--port=PORT", "--latency-ms=MS")
        .doesNotContain("<");
  }

  @Test
  void applyHasOneConcurrencyOption() {
    String apply = usage("ascform apply");
    assertThat(apply).doesNotContain("max-concurrency");
    assertThat(apply.lines().filter(l -> l.startsWith("      --concurrency"))).hasSize(1);
    assertThat(
            HelpExamplesTest.find("ascform apply").getCommandSpec().options().stream()
                .filter(o -> !o.hidden() && o.longestName().contains("concurrency")))
        .hasSize(1);
  }

  @Test
  void optionsThatDoNotApplyAreNeitherListedNorAccepted() {
    Map<String, Set<String>> absent =
        Map.of(
            "ascform state list",
                Set.of(
                    "--key-id",
                    "--api-url",
                    "--debug",
                    "--concurrency",
                    "--secrets-dir",
                    "--lock-timeout"),
            "ascform state rm",
                Set.of("--key-id", "--api-url", "--request-timeout", "--secrets-dir"),
            "ascform state mv", Set.of("--private-key", "--connect-timeout", "--secrets-dir"),
            "ascform force-unlock",
                Set.of("--key-id", "--api-url", "--lock-timeout", "--secrets-dir"),
            "ascform certificates export", Set.of("--key-id", "--api-url", "--lock-timeout"));
    absent.forEach(
        (command, options) -> {
          String text = usage(command);
          options.forEach(o -> assertThat(text).as(command).doesNotContain(o));
        });
    assertThat(usage("ascform state rm")).contains("--lock-timeout", "--state", "--sandbox");
    assertThat(usage("ascform certificates export")).contains("--secrets-dir", "--state");
    assertThat(usage("ascform plan")).contains("--key-id", "--api-url", "--lock-timeout");
    assertThatThrownBy(
            () ->
                Main.newCommandLine()
                    .parseArgs("state", "list", "--key-id", "X", "-c", "examples/acme"))
        .isInstanceOf(CommandLine.UnmatchedArgumentException.class)
        .hasMessageContaining("--key-id");
  }

  @Test
  void aCommandWithoutTheApiOptionsStillHasTheirDefaults() {
    CommandLine cli = Main.newCommandLine();
    cli.parseArgs("certificates", "export", "apple_development", "-o", "keys");
    CertificatesCommand.Export export =
        cli.getSubcommands().get("certificates").getSubcommands().get("export").getCommand();
    assertThat(export.run.api.connectTimeoutSeconds).isEqualTo(10);
    assertThat(export.run.api.requestTimeoutSeconds).isEqualTo(60);
    assertThat(export.run.api.concurrency()).isEqualTo(4);
  }
}
