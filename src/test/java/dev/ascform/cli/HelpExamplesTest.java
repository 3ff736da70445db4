package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command's --help ends with examples, and each example is a command line that parses. */
class HelpExamplesTest {
  /** export is not built yet (issue #8); its examples come with its options. */
  static final List<String> WITHOUT_EXAMPLES = List.of("ascform");

  static Stream<String> commands() {
    List<String> names = new ArrayList<>();
    collect(Main.newCommandLine(), names);
    return names.stream().filter(n -> !WITHOUT_EXAMPLES.contains(n));
  }

  private static void collect(CommandLine cli, List<String> names) {
    names.add(cli.getCommandSpec().qualifiedName());
    cli.getSubcommands().values().forEach(sub -> collect(sub, names));
  }

  static CommandLine find(String qualifiedName) {
    CommandLine cli = Main.newCommandLine();
    for (String part : qualifiedName.replaceFirst("^ascform ?", "").split(" ")) {
      if (!part.isEmpty()) {
        cli = cli.getSubcommands().get(part);
      }
    }
    return cli;
  }

  /** The lines of the usage text after "Examples:". */
  static List<String> examples(String usage) {
    int at = usage.indexOf("\nExamples:\n");
    assertThat(at).as("an Examples: section").isNotNegative();
    return usage
        .substring(at + "\nExamples:\n".length())
        .lines()
        .filter(l -> !l.isBlank())
        .toList();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpShowsExamplesThatParse(String command) {
    String usage = find(command).getUsageMessage(CommandLine.Help.Ansi.OFF);
    List<String> lines = examples(usage);
    assertThat(lines)
        .as("no example line is wrapped at the help width")
        .allSatisfy(l -> assertThat(l).startsWith("  "));
    List<List<String>> found = ShellCommands.ascformCommands(String.join("\n", lines));
    assertThat(found).as("examples of %s", command).isNotEmpty();
    String tail = command.replaceFirst("^ascform ", "");
    assertThat(found).anySatisfy(args -> assertThat(String.join(" ", args)).startsWith(tail));
    for (List<String> args : found) {
      assertThatCode(() -> ShellCommands.parse(args))
          .as("ascform %s", String.join(" ", args))
          .doesNotThrowAnyException();
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpFlagPrintsTheExamples(String command) {
    List<String> args = new ArrayList<>(List.of(command.replaceFirst("^ascform ?", "").split(" ")));
    args.add("--help");
    CommandTreeTest.Run r = CommandTreeTest.run(args.toArray(String[]::new));
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Examples:", command + " ");
  }
}
