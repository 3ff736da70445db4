package dev.ascform.api.http;

import java.time.Duration;

/** Waits. Injected so tests observe delays instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  /** Waits for {@code duration}; an interrupt becomes an {@link AscApiException}. */
  void sleep(Duration duration);

  /** The real sleeper ({@link Thread#sleep}). */
  static Sleeper system() {
    return d -> {
      try {
        Thread.sleep(d.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AscApiException("interrupted while waiting to retry", null, null, e);
      }
    };
  }
}
