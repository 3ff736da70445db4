package dev.ascform.sandbox.faults;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** A rolling one-hour request budget per API key, reported as Apple's {@code X-Rate-Limit}. */
public final class RateLimiter {
  /** The outcome of taking one request from the budget. */
  public record Decision(boolean allowed, int limit, int remaining, long retryAfterSeconds) {
    /** The {@code X-Rate-Limit} header value. */
    public String header() {
      return "user-hour-lim:" + limit + ";user-hour-rem:" + remaining + ";";
    }
  }

  private static final long HOUR_MS = 3_600_000L;
  private final int limit;
  private final Clock clock;
  private final Map<String, Deque<Long>> requests = new HashMap<>();

  public RateLimiter(int limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
  }

  /** Takes one request for this key if the budget allows. */
  public synchronized Decision take(String keyId) {
    long now = clock.millis();
    Deque<Long> times = requests.computeIfAbsent(keyId, k -> new ArrayDeque<>());
    while (!times.isEmpty() && times.peekFirst() <= now - HOUR_MS) {
      times.removeFirst();
    }
    if (times.size() >= limit) {
      long retry = Math.max(1, (times.peekFirst() + HOUR_MS - now + 999) / 1000);
      return new Decision(false, limit, 0, retry);
    }
    times.addLast(now);
    return new Decision(true, limit, limit - times.size(), -1);
  }

  /** Forgets every request (admin reset). */
  public synchronized void reset() {
    requests.clear();
  }
}
