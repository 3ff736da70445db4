package dev.ascform.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateLockTest {
  static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
  @TempDir Path dir;
  final ExecutorService pool = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  static LockInfo info(String id, String owner) {
    return new LockInfo(id, owner, 1234, "ci-runner", "2026-11-27T10:00:00Z", "apply");
  }

  @Test
  void secondTakerWaitsThenTimesOutNamingTheHolder() throws Exception {
    Path state = dir.resolve("acme.state.json");
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    Future<?> holder =
        pool.submit(
            () -> {
              try (StateLock lock =
                  StateLock.acquire(
                      state, info("L-1", "alice@ci-runner"), Duration.ZERO, FIXED, d -> {})) {
                assertThat(lock.info().id()).isEqualTo("L-1");
                held.countDown();
                done.await(10, TimeUnit.SECONDS);
              }
              return null;
            });
    assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
    AtomicInteger waits = new AtomicInteger();
    Future<?> waiter =
        pool.submit(
            () ->
                StateLock.acquire(
                    state,
                    info("L-2", "bob@laptop"),
                    Duration.ofMillis(300),
                    Clock.systemUTC(),
                    d -> {
                      waits.incrementAndGet();
                      Thread.sleep(d.toMillis());
                    }));
    assertThatThrownBy(() -> waiter.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(StateLockedException.class)
        .rootCause()
        .hasMessageContaining(
            "locked by alice@ci-runner (pid 1234) since 2026-11-27T10:00:00Z" + " for apply")
        .hasMessageContaining("ascform force-unlock L-1");
    assertThat(waits.get()).isGreaterThan(0);
    done.countDown();
    holder.get(10, TimeUnit.SECONDS);
    assertThat(StateLock.current(state)).isEmpty();
  }

  @Test
  void waiterGetsTheLockOnceReleased() throws Exception {
    Path state = dir.resolve("acme.state.json");
    StateLock first = StateLock.acquire(state, info("L-1", "a"), Duration.ZERO, FIXED, d -> {});
    AtomicInteger waits = new AtomicInteger();
    StateLock second =
        StateLock.acquire(
            state,
            info("L-2", "b"),
            Duration.ofSeconds(5),
            Clock.systemUTC(),
            d -> {
              if (waits.incrementAndGet() == 2) {
                first.close();
              }
            });
    assertThat(waits.get()).isEqualTo(2);
    assertThat(StateLock.current(state)).map(LockInfo::id).contains("L-2");
    second.close();
  }

  @Test
  void forceUnlockNeedsTheHoldersId() {
    Path state = dir.resolve("acme.state.json");
    StateLock.acquire(state, info("L-1", "a"), Duration.ZERO, FIXED, d -> {});
    assertThatThrownBy(() -> StateLock.forceUnlock(state, "nope"))
        .isInstanceOf(StateException.class)
        .hasMessageContaining("has id L-1, not nope");
    StateLock.forceUnlock(state, "L-1");
    assertThat(StateLock.current(state)).isEmpty();
    assertThatThrownBy(() -> StateLock.forceUnlock(state, "L-1"))
        .hasMessageContaining("is not locked");
  }

  @Test
  void releaseLeavesSomeoneElsesLockAlone() {
    Path state = dir.resolve("acme.state.json");
    StateLock stale = StateLock.acquire(state, info("L-1", "a"), Duration.ZERO, FIXED, d -> {});
    StateLock.forceUnlock(state, "L-1");
    StateLock fresh = StateLock.acquire(state, info("L-2", "b"), Duration.ZERO, FIXED, d -> {});
    stale.close();
    assertThat(StateLock.current(state)).map(LockInfo::id).contains("L-2");
    fresh.close();
    assertThat(StateLock.current(state)).isEmpty();
  }

  @Test
  void lockInfoForThisProcessNamesUserHostAndPid() {
    LockInfo i = LockInfo.forThisProcess("plan", FIXED);
    assertThat(i.pid()).isEqualTo(ProcessHandle.current().pid());
    assertThat(i.owner()).endsWith("@" + i.host());
    assertThat(i.created()).isEqualTo("2026-11-27T10:00:00Z");
  }
}
