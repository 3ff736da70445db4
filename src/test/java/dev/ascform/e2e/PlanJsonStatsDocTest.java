package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/PLAN-JSON.md's {@code stats} example uses the keys a real plan prints. */
class PlanJsonStatsDocTest {
  @TempDir Path tmp;

  private static List<String> keys(String object) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]+)\":").matcher(object);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void theDocumentedStatsKeysAreThosePrinted() throws Exception {
    Workspace.Run r = new Workspace(tmp).sandbox("plan", "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode stats = new ObjectMapper().readTree(r.out()).get("stats");
    List<String> printedRequests = new ArrayList<>();
    stats.get("requests").fieldNames().forEachRemaining(printedRequests::add);
    List<String> printedPhases = new ArrayList<>();
    stats.get("durations_ms").fieldNames().forEachRemaining(printedPhases::add);

    String doc = Files.readString(Path.of("docs/PLAN-JSON.md"));
    Matcher requests = Pattern.compile("\"requests\": \\{([^}]*)}").matcher(doc);
    Matcher phases = Pattern.compile("\"durations_ms\": \\{([^}]*)}").matcher(doc);
    assertThat(requests.find()).isTrue();
    assertThat(phases.find()).isTrue();
    List<String> documented = keys(requests.group(1));
    documented.remove("...");
    assertThat(documented).isNotEmpty();
    assertThat(printedRequests).containsAll(documented);
    assertThat(printedRequests).allSatisfy(k -> assertThat(k).matches("[A-Z]+ /v1/\\S+"));
    assertThat(keys(phases.group(1))).containsExactlyInAnyOrderElementsOf(printedPhases);
    assertThat(stats.get("requests_total").asInt())
        .isEqualTo(
            printedRequests.stream().mapToInt(k -> stats.get("requests").get(k).asInt()).sum());
  }
}
