package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two applies on one state at once: one holds the lock, the other waits for it (then finds nothing
 * left to do) or, without a wait, fails naming the holder. Watched throughout, the state file is
 * always whole JSON, its lineage never changes and its serial only grows.
 */
class ConcurrentAppliesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Workspace.Run apply(Sandbox sb, Path key, Workspace ws, String lockTimeout) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "apply",
                "--auto-approve",
                "-c",
                ws.config.toString(),
                "--state",
                tmp.resolve("s.json").toString(),
                "--api-url",
                sb.baseUrl(),
                "--key-id",
                sb.teamKey().keyId(),
                "--issuer-id",
                sb.teamKey().issuerId(),
                "--private-key",
                key.toString(),
                "--lock-timeout",
                lockTimeout));
    return Workspace.run(args.toArray(String[]::new));
  }

  @Test
  void twoAppliesOnOneStateNeverInterleave() throws Exception {
    Workspace ws = new Workspace(tmp);
    Edits.replace(
        ws.config.resolve("signing.yaml"),
        "type: DEVELOPMENT\n    manage: create",
        "type: DEVELOPMENT\n    manage: adopt");
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try (Sandbox sb =
        Sandbox.start(
            SandboxOptions.defaults()
                .withLatencyMs(5)
                .withSeedFile(ws.config.resolve("sandbox-seed.yaml")))) {
      Path key = tmp.resolve("AuthKey.p8");
      sb.writePrivateKey(key);
      AtomicBoolean running = new AtomicBoolean(true);
      Future<List<long[]>> watcher = pool.submit(() -> watch(tmp.resolve("s.json"), running));
      Future<Workspace.Run> a = pool.submit(() -> apply(sb, key, ws, "120s"));
      Future<Workspace.Run> b = pool.submit(() -> apply(sb, key, ws, "120s"));
      Workspace.Run ra = a.get();
      Workspace.Run rb = b.get();
      running.set(false);
      List<long[]> seen = watcher.get();
      assertThat(ra.code()).as(ra.all()).isZero();
      assertThat(rb.code()).as(rb.all()).isZero();
      assertThat(List.of(ra.all(), rb.all()))
          .as("one found the other's work done")
          .anyMatch(s -> s.contains("No changes."));
      assertThat(seen).isNotEmpty();
      for (int i = 1; i < seen.size(); i++) {
        assertThat(seen.get(i)[1]).as("lineage constant").isEqualTo(seen.get(0)[1]);
        assertThat(seen.get(i)[0]).as("serial grows").isGreaterThan(seen.get(i - 1)[0]);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every distinct (serial, lineage hash) the file shows; each read must parse. */
  private static List<long[]> watch(Path state, AtomicBoolean running) throws Exception {
    List<long[]> seen = new ArrayList<>();
    while (running.get()) {
      try {
        JsonNode n = JSON.readTree(Files.readAllBytes(state));
        long serial = n.get("serial").asLong();
        long lineage = n.get("lineage").asText().hashCode();
        if (seen.isEmpty() || seen.get(seen.size() - 1)[0] != serial) {
          seen.add(new long[] {serial, lineage});
        }
      } catch (NoSuchFileException e) {
        // not written yet
      }
      Thread.sleep(2);
    }
    return seen;
  }
}
