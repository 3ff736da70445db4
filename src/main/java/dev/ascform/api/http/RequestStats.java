package dev.ascform.api.http;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Thread-safe counters of the HTTP requests a client sent: per {@code "METHOD /path/{id}"}
 * template, total time on the wire, retries and rate-limit pauses. Every attempt counts.
 */
public final class RequestStats {
  private final Map<String, LongAdder> byEndpoint = new ConcurrentHashMap<>();
  private final LongAdder requests = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final AtomicLong nanos = new AtomicLong();
  private final AtomicLong throttledMillis = new AtomicLong();
  private final AtomicReference<RateLimit> lastRateLimit = new AtomicReference<>();

  /** Counts one request attempt to {@code template} that took {@code elapsedNanos}. */
  public void record(String method, String template, long elapsedNanos) {
    byEndpoint.computeIfAbsent(method + " " + template, k -> new LongAdder()).increment();
    requests.increment();
    nanos.addAndGet(Math.max(0, elapsedNanos));
  }

  /** Counts one retry. */
  public void recordRetry() {
    retries.increment();
  }

  /** Adds a rate-limit pause. */
  public void recordThrottle(Duration pause) {
    throttledMillis.addAndGet(pause.toMillis());
  }

  /** Remembers the latest {@code X-Rate-Limit} values. */
  public void recordRateLimit(RateLimit rateLimit) {
    lastRateLimit.set(rateLimit);
  }

  /** A consistent-enough copy for reporting. */
  public Snapshot snapshot() {
    Map<String, Long> counts = new TreeMap<>();
    byEndpoint.forEach((k, v) -> counts.put(k, v.sum()));
    return new Snapshot(
        requests.sum(),
        Map.copyOf(counts),
        nanos.get() / 1_000_000,
        retries.sum(),
        throttledMillis.get(),
        lastRateLimit.get());
  }

  /**
   * Request counters at one moment.
   *
   * @param requests attempts sent (retries included)
   * @param byEndpoint attempts per {@code "GET /v1/bundleIds/{id}/profiles"} key (sorted)
   * @param totalTimeMillis summed request time in milliseconds
   * @param retries attempts that were retries (429/5xx/transport on reads, 401 refresh)
   * @param throttledMillis time spent waiting because of a low rate-limit budget
   * @param lastRateLimit the latest {@code X-Rate-Limit} seen, or null
   */
  @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"totalTime", "throttled"})
  public record Snapshot(
      long requests,
      Map<String, Long> byEndpoint,
      long totalTimeMillis,
      long retries,
      long throttledMillis,
      RateLimit lastRateLimit) {
    public Snapshot {
      byEndpoint = Collections.unmodifiableMap(new TreeMap<>(byEndpoint));
    }

    /** {@link #totalTimeMillis()} as a Duration. */
    public Duration totalTime() {
      return Duration.ofMillis(totalTimeMillis);
    }

    /** {@link #throttledMillis()} as a Duration. */
    public Duration throttled() {
      return Duration.ofMillis(throttledMillis);
    }

    /** Attempts sent to one key such as {@code "GET /v1/devices"} (0 if none). */
    public long count(String methodAndTemplate) {
      return byEndpoint.getOrDefault(methodAndTemplate, 0L);
    }
  }
}
