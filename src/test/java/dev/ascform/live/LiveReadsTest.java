package dev.ascform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.api.AscClient;
import dev.ascform.api.testing.TeamClients;
import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shared reads: each runs once, whether a kind asks for it first or a prefetch starts it. */
class LiveReadsTest {
  private static Sandbox sandbox;
  private static AscClient client;
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start(SandboxOptions.defaults());
    var key = sandbox.teamKey();
    client = TeamClients.of(sandbox.baseUrl(), key);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @AfterEach
  void shutdown() {
    pool.shutdownNow();
  }

  @Test
  void aPrefetchedReadIsTheOneSharedReturns() throws Exception {
    LiveReads reads = new LiveReads(client, pool);
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    reads.prefetch(
        "testers",
        c -> {
          runs.incrementAndGet();
          await(release);
          return "read once";
        });
    // asked for while the prefetch is still reading: waits for it instead of reading again
    Future<String> waiting =
        pool.submit(
            () ->
                reads.shared(
                    "testers",
                    c -> {
                      runs.incrementAndGet();
                      return "read twice";
                    }));
    Thread.sleep(50);
    assertThat(waiting).isNotDone();
    release.countDown();
    assertThat(waiting.get(10, TimeUnit.SECONDS)).isEqualTo("read once");
    assertThat(reads.<String>shared("testers", c -> "read again")).isEqualTo("read once");
    reads.prefetch(
        "testers",
        c -> {
          runs.incrementAndGet();
          return "prefetched again";
        });
    assertThat(runs).hasValue(1);
    assertThat(reads.collections()).isEqualTo(1);
  }

  @Test
  void aPrefetchedFailureReachesEveryCaller() {
    LiveReads reads = new LiveReads(client, pool);
    reads.prefetch(
        "groups",
        c -> {
          throw new IllegalStateException("page 3 failed");
        });
    assertThatThrownBy(() -> reads.<String>shared("groups", c -> "never"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("page 3 failed");
    assertThatThrownBy(() -> reads.<String>shared("groups", c -> "never"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("page 3 failed");
  }

  @Test
  void withoutAPrefetcherReadsHappenOnDemandOnly() {
    LiveReads reads = new LiveReads(client);
    AtomicInteger runs = new AtomicInteger();
    reads.prefetch("users", c -> runs.incrementAndGet());
    assertThat(runs).hasValue(0);
    assertThat(reads.collections()).isZero();
    assertThat(reads.<Integer>shared("users", c -> runs.incrementAndGet())).isEqualTo(1);
  }

  @Test
  void aShutDownPrefetcherReadsAtOnceRatherThanLeaveWaitersHanging() {
    pool.shutdown();
    LiveReads reads = new LiveReads(client, pool);
    reads.prefetch("apps", c -> "read in place");
    assertThat(reads.<String>shared("apps", c -> "not again")).isEqualTo("read in place");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
