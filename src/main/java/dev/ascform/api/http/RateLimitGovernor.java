package dev.ascform.api.http;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Slows the client down when the hourly budget runs low, instead of running into 429s. After a
 * response reports fewer than {@code reserveFraction * limit} requests remaining, every request
 * first waits {@code 1 hour / limit} (the pace at which the rolling window refills).
 */
public final class RateLimitGovernor {
  private final double reserveFraction;
  private final Sleeper sleeper;
  private final RequestStats stats;
  private final AtomicReference<RateLimit> last = new AtomicReference<>();

  /**
   * @param reserveFraction share of the hourly limit kept in reserve (e.g. 0.05)
   * @param sleeper waits
   * @param stats receives the time spent waiting
   */
  public RateLimitGovernor(double reserveFraction, Sleeper sleeper, RequestStats stats) {
    this.reserveFraction = reserveFraction;
    this.sleeper = sleeper;
    this.stats = stats;
  }

  /** Records the {@code X-Rate-Limit} header of a response (ignored when absent). */
  public void observe(String header) {
    RateLimit parsed = RateLimit.parse(header);
    if (parsed != null) {
      last.set(parsed);
      stats.recordRateLimit(parsed);
    }
  }

  /** The pause the next request needs (zero when the budget is healthy). */
  public Duration pause() {
    RateLimit current = last.get();
    if (current == null || current.remaining() >= Math.ceil(current.limit() * reserveFraction)) {
      return Duration.ZERO;
    }
    return Duration.ofMillis(Math.max(1, 3_600_000L / current.limit()));
  }

  /** Called before each request: waits when the budget is below the reserve. */
  public void beforeRequest() {
    Duration pause = pause();
    if (!pause.isZero()) {
      stats.recordThrottle(pause);
      sleeper.sleep(pause);
    }
  }
}
