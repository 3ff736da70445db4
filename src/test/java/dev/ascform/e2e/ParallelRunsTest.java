package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two plans in one JVM at the same time, against two sandboxes with different configs, give each
 * the plan it gives alone: kinds keep per-run context (the people kinds remember the config's
 * groups and the live admins), so every run has its own kinds.
 */
class ParallelRunsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void twoPlansInParallelThreadsGetTheirOwnPlans() throws Exception {
    Workspace full = new Workspace(Files.createDirectories(tmp.resolve("full")));
    Workspace trimmed = new Workspace(Files.createDirectories(tmp.resolve("trimmed")));
    Edits.removeBlocks(
        trimmed.config.resolve("testflight.yaml"), Set.of("weather_friends", "notes_public_beta"));
    Edits.removeBlocks(trimmed.config.resolve("people.yaml"), Set.of("frank", "heidi"));
    String fullAlone = changes(full.sandbox("plan", "--format", "json"));
    String trimmedAlone = changes(trimmed.sandbox("plan", "--format", "json"));
    assertThat(fullAlone).isNotEqualTo(trimmedAlone).contains("notes_public_beta/");
    assertThat(trimmedAlone).doesNotContain("notes_public_beta/");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 6; round++) {
        Future<String> a = pool.submit(() -> changes(full.sandbox("plan", "--format", "json")));
        Future<String> b = pool.submit(() -> changes(trimmed.sandbox("plan", "--format", "json")));
        assertThat(a.get()).as("round %d, full config", round).isEqualTo(fullAlone);
        assertThat(b.get()).as("round %d, trimmed config", round).isEqualTo(trimmedAlone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The plan without its read statistics (timings and request counts vary between runs). */
  private static String changes(Workspace.Run r) {
    assertThat(r.code()).as(r.all()).isIn(0, 2);
    try {
      ObjectNode plan = (ObjectNode) JSON.readTree(r.out());
      plan.remove("stats");
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(plan);
    } catch (JsonProcessingException e) {
      throw new AssertionError("plan output is not JSON: " + r.all(), e);
    }
  }
}
