package dev.ascform.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lock left by a killed run: on the same host with a dead pid it is taken over; a live holder, or
 * one on another host, is waited for and then named.
 */
class StaleLockTest {
  @TempDir Path tmp;

  private Path lockOf(LockInfo holder) throws Exception {
    Path state = tmp.resolve("s.json");
    Files.write(StateLock.lockFileOf(state), new ObjectMapper().writeValueAsBytes(holder));
    return state;
  }

  private static LockInfo me() {
    return LockInfo.forThisProcess("apply", Clock.systemUTC());
  }

  /** The pid of a process that ran and exited. */
  private static long deadPid() throws Exception {
    Process p = new ProcessBuilder(List.of("true")).start();
    p.waitFor();
    return p.pid();
  }

  @Test
  void aDeadProcessOnThisHostLeavesALockThatIsTakenOver() throws Exception {
    LockInfo dead =
        new LockInfo(
            "dead-run",
            "ci@" + me().host(),
            deadPid(),
            me().host(),
            Instant.now().toString(),
            "apply");
    Path state = lockOf(dead);
    try (StateLock lock = StateLock.acquire(state, "apply", Duration.ZERO)) {
      assertThat(StateLock.current(state))
          .get()
          .extracting(LockInfo::id)
          .isEqualTo(lock.info().id())
          .isNotEqualTo("dead-run");
    }
    assertThat(StateLock.current(state)).isEmpty();
  }

  @Test
  void aLiveHolderOnThisHostIsNamedNotTakenOver() throws Exception {
    Process sleeper = new ProcessBuilder(List.of("sleep", "30")).start();
    try {
      LockInfo live =
          new LockInfo(
              "live-run",
              "ci@" + me().host(),
              sleeper.pid(),
              me().host(),
              Instant.now().toString(),
              "apply");
      Path state = lockOf(live);
      assertThatThrownBy(() -> StateLock.acquire(state, "apply", Duration.ZERO))
          .isInstanceOf(StateLockedException.class)
          .hasMessageContaining("pid " + sleeper.pid())
          .hasMessageContaining("live-run");
      assertThat(StateLock.current(state)).get().extracting(LockInfo::id).isEqualTo("live-run");
    } finally {
      sleeper.destroyForcibly();
    }
  }

  @Test
  void aHolderOnAnotherHostIsNeverJudged() throws Exception {
    LockInfo remote =
        new LockInfo(
            "remote-run",
            "ci@elsewhere",
            deadPid(),
            "another-host.example",
            Instant.now().toString(),
            "apply");
    Path state = lockOf(remote);
    assertThatThrownBy(() -> StateLock.acquire(state, "apply", Duration.ZERO))
        .isInstanceOf(StateLockedException.class)
        .hasMessageContaining("remote-run");
  }

  @Test
  void aReusedPidStartedAfterTheLockWasTakenIsStale() throws Exception {
    Process sleeper = new ProcessBuilder(List.of("sleep", "30")).start();
    try {
      LockInfo old =
          new LockInfo(
              "old-run",
              "ci@" + me().host(),
              sleeper.pid(),
              me().host(),
              Instant.now().minus(Duration.ofHours(1)).toString(),
              "apply");
      assertThat(StateLock.deadHolder(old, me())).isTrue();
    } finally {
      sleeper.destroyForcibly();
    }
  }
}
