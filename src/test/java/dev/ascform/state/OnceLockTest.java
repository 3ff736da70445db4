package dev.ascform.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OnceLockTest {
  private static final LockInfo INFO =
      new LockInfo("L1", "me", 1234, "host", "2026-11-27T10:00:00Z", "apply");

  @Test
  void closingTwiceReleasesOnce() {
    AtomicInteger releases = new AtomicInteger();
    OnceLock lock =
        new OnceLock(INFO) {
          @Override
          protected void release() {
            releases.incrementAndGet();
          }
        };
    try (lock) {
      lock.close();
    }
    assertThat(releases).hasValue(1);
    assertThat(lock.info()).isEqualTo(INFO);
  }

  @Test
  void aFailedReleaseIsNotTriedAgain() {
    AtomicInteger releases = new AtomicInteger();
    OnceLock lock =
        new OnceLock(INFO) {
          @Override
          protected void release() {
            releases.incrementAndGet();
            throw new StateException("the server did not answer");
          }
        };
    assertThatThrownBy(lock::close).hasMessage("the server did not answer");
    lock.close();
    assertThat(releases).hasValue(1);
  }
}
