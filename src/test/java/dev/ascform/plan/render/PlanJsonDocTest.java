package dev.ascform.plan.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.plan.Action;
import dev.ascform.plan.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/PLAN-JSON.md documents every reason, action and top-level field the renderer emits. */
class PlanJsonDocTest {
  static final Path DOC = Path.of("docs/PLAN-JSON.md");

  @Test
  void documentsEveryReasonAndAction() throws Exception {
    String doc = Files.readString(DOC);
    for (Reason r : Reason.values()) {
      assertThat(doc).contains("`" + r.name().toLowerCase(Locale.ROOT) + "`");
    }
    for (Action a : Action.values()) {
      String actions =
          a.jsonActions().stream()
              .map(s -> "\"" + s + "\"")
              .collect(Collectors.joining(",", "[", "]"));
      assertThat(doc).contains("`" + actions + "`");
    }
  }

  @Test
  void documentsEveryTopLevelAndChangeField() throws Exception {
    String doc = Files.readString(DOC);
    var json = JsonRenderer.toJson(GoldenRendererTest.mixed());
    for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
      assertThat(doc).contains("`" + it.next() + "`");
    }
    for (Iterator<String> it = json.get("resource_changes").get(0).fieldNames(); it.hasNext(); ) {
      assertThat(doc).contains("`" + it.next() + "`");
    }
    assertThat(doc).contains("\"format_version\": \"" + JsonRenderer.FORMAT_VERSION + "\"");
  }
}
