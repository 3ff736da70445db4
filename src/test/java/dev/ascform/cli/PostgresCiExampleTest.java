package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL CI example parses, keeps the state in the database (ASCFORM_STATE from a secret,
 * nothing committed back) and calls commands and flags that exist.
 */
class PostgresCiExampleTest {
  static final Path FILE = Path.of("examples/ci/github/ascform-postgres.yml");

  @Test
  void theStateComesFromASecretAndIsNeverCommittedBack() throws Exception {
    JsonNode doc = CiExamplesTest.read(FILE);
    assertThat(doc.path("env").path("ASCFORM_STATE").asText()).contains("secrets.");
    assertThat(doc.path("jobs").has("plan")).isTrue();
    assertThat(doc.path("jobs").has("apply")).isTrue();
    assertThat(doc.path("jobs").has("drift")).isTrue();
    List<String> scripts = CiExamplesTest.scripts(doc, Set.of("run"));
    assertThat(String.join("\n", scripts))
        .doesNotContain("git commit")
        .doesNotContain("git push")
        .contains("--lock-timeout");
    assertThat(doc.path("jobs").path("apply").path("permissions").path("contents").asText())
        .isEqualTo("read");
    List<List<String>> commands = ShellCommands.ascformCommands(String.join("\n", scripts));
    assertThat(commands).hasSizeGreaterThanOrEqualTo(4);
    for (List<String> args : commands) {
      assertThatCode(() -> ShellCommands.parse(args))
          .as("ascform %s", String.join(" ", args))
          .doesNotThrowAnyException();
    }
  }
}
