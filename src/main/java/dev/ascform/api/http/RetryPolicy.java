package dev.ascform.api.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * How reads are retried: exponential backoff with full jitter ({@code random(0, min(maxDelay, base
 * * 2^(retry-1)))}), or the server's {@code Retry-After} when given; bounded by attempts and total
 * wait. Writes are never retried by the client.
 *
 * @param maxAttempts attempts in total, including the first (1 = no retries)
 * @param baseDelay the first backoff ceiling
 * @param maxDelay the largest backoff ceiling
 * @param maxTotalWait the most time spent waiting across the retries of one request
 */
public record RetryPolicy(
    int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxTotalWait) {

  /** 5 attempts, 1 s base, 30 s max, 2 min total wait. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(2));

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    Objects.requireNonNull(baseDelay, "baseDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(maxTotalWait, "maxTotalWait");
  }

  /** True when the HTTP status is worth retrying for a read. */
  public static boolean isRetryableStatus(int status) {
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
  }

  /**
   * The backoff before retry number {@code retry} (1-based) with full jitter drawn from {@code
   * random}.
   */
  public Duration backoff(int retry, Random random) {
    long ceiling = baseDelay.toMillis();
    for (int i = 1; i < retry && ceiling < maxDelay.toMillis(); i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, maxDelay.toMillis());
    return Duration.ofMillis((long) (random.nextDouble() * ceiling));
  }
}
