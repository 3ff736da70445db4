package dev.ascform.sandbox;

import java.util.Map;
import java.util.TreeMap;

/**
 * A snapshot of request counts: per operation (method and path template, e.g. {@code GET
 * /v1/devices} or {@code PATCH /v1/devices/{id}}) and in total. Every /v1 request counts, including
 * rejected ones; requests to no served path count under {@code "<method> (unmatched)"}.
 */
public record SandboxStats(Map<String, Long> perOperation, long total) {
  public SandboxStats {
    perOperation = Map.copyOf(perOperation);
  }

  /** The count of one operation, 0 when never called. */
  public long count(String operation) {
    return perOperation.getOrDefault(operation, 0L);
  }

  /** The per-operation counts sorted by key. */
  public Map<String, Long> sorted() {
    return new TreeMap<>(perOperation);
  }
}
