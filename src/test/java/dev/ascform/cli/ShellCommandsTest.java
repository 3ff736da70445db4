package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ShellCommandsTest {

  @Test
  void findsCommandsAcrossContinuationsListsAndRedirections() {
    String script =
        String.join(
            "\n",
            "set +e",
            "./ascform plan -c \"$ASCFORM_CONFIG\" \\",
            "    --format markdown -out plan.bin > plan.md 2> plan.err || status=$?",
            "if ! ascform validate -c ${{ env.CONFIG }}; then echo 'ascform failed' >&2; fi",
            "FOO=1 ./ascform show plan.bin --format json 2>&1 | tee out.json  # a comment",
            "echo \"run ascform plan yourself\"");
    assertThat(ShellCommands.ascformCommands(script))
        .containsExactly(
            List.of("plan", "-c", "PLACEHOLDER", "--format", "markdown", "-out", "plan.bin"),
            List.of("validate", "-c", "PLACEHOLDER"),
            List.of("show", "plan.bin", "--format", "json"));
  }

  @Test
  void keepsQuotedSpacesInOneWord() {
    assertThat(ShellCommands.ascformCommands("ascform state show 'device.a b' # x"))
        .containsExactly(List.of("state", "show", "device.a b"));
  }

  @Test
  void refusesAnUnknownFlagOrCommand() {
    assertThatThrownBy(() -> ShellCommands.parse(List.of("plan", "--detailed-exit-code")))
        .isInstanceOf(CommandLine.UnmatchedArgumentException.class);
    assertThatThrownBy(() -> ShellCommands.parse(List.of("destroy", "-c", "x")))
        .isInstanceOf(CommandLine.UnmatchedArgumentException.class);
    assertThatThrownBy(() -> ShellCommands.parse(List.of("plan", "--format", "html")))
        .isInstanceOf(CommandLine.ParameterException.class);
  }
}
