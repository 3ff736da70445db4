package dev.ascform.sandbox.http;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counts /v1 requests per operation key ({@code GET /v1/devices/{id}}) and in total. */
public final class RequestStats {
  private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
  private final AtomicLong total = new AtomicLong();

  void record(String method, String path, Router router) {
    String key;
    try {
      key = router.route(method, path).op().key();
    } catch (ApiException e) {
      key = method + " (unmatched)";
    }
    counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    total.incrementAndGet();
  }

  /** A snapshot of the counts. */
  public Map<String, Long> snapshot() {
    Map<String, Long> copy = new HashMap<>();
    counts.forEach((k, v) -> copy.put(k, v.sum()));
    return copy;
  }

  public long total() {
    return total.get();
  }

  public void reset() {
    counts.clear();
    total.set(0);
  }
}
