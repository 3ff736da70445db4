package dev.ascform.live;

import dev.ascform.plan.KindSnapshot;
import dev.ascform.plan.PlanStats;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the live reader found: per kind, the desired and live resources for the planner, and how
 * many requests that took.
 *
 * @param snapshots one per kind read
 * @param collections how many distinct collections were read
 * @param requests requests sent, by {@code "GET /v1/devices"} template (retries included)
 * @param elapsedMillis wall time of the read
 * @param warnings what the read found and left as it is ({@link LiveReads#warn}), sorted
 */
public record LiveState(
    List<KindSnapshot<?, ?>> snapshots,
    int collections,
    Map<String, Integer> requests,
    long elapsedMillis,
    List<String> warnings) {
  public LiveState {
    snapshots = List.copyOf(snapshots);
    warnings = List.copyOf(warnings);
    requests = Collections.unmodifiableMap(new TreeMap<>(requests));
  }

  /** The total number of requests. */
  public int totalRequests() {
    return requests.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The plan's stats: requests and the read's duration. */
  public PlanStats stats() {
    return new PlanStats(requests, Map.of("read", elapsedMillis));
  }

  /** "read 2 collections in 3 requests (0.4 s)". */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "read %d collection%s in %d request%s (%.1f s)",
        collections,
        collections == 1 ? "" : "s",
        totalRequests(),
        totalRequests() == 1 ? "" : "s",
        elapsedMillis / 1000.0);
  }
}
