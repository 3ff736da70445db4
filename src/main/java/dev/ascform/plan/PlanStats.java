package dev.ascform.plan;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Facts about how the plan was made, filled by the caller (the live reader's request counts by
 * operation, durations by phase in milliseconds). Renderers print them; nobody computes them here.
 */
public record PlanStats(Map<String, Integer> requests, Map<String, Long> durationsMillis) {
  public static final PlanStats EMPTY = new PlanStats(Map.of(), Map.of());

  public PlanStats {
    requests = requests == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(requests));
    durationsMillis =
        durationsMillis == null
            ? Map.of()
            : Collections.unmodifiableMap(new TreeMap<>(durationsMillis));
  }

  /** The total number of requests. */
  public int totalRequests() {
    return requests.values().stream().mapToInt(Integer::intValue).sum();
  }
}
