package dev.ascform.sandbox.faults;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Draws faults from a seeded {@link Random}: with probability {@code rate} a request gets a fault,
 * chosen uniformly among 500, 503, 429 and (for writes only) a lost response. The same seed and the
 * same sequence of requests give the same faults. An injected 429 or 503 asks the client to wait
 * {@link #retryAfterSeconds()} before trying again.
 */
public final class FaultInjector {
  private final double rate;
  private final Random random;
  private final long retryAfterSeconds;
  private final Map<Fault, Long> counts = new EnumMap<>(Fault.class);

  public FaultInjector(double rate, long seed, long retryAfterSeconds) {
    this.rate = rate;
    this.random = new Random(seed);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The {@code Retry-After} of an injected 429 or 503, in seconds. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The fault for the next request. */
  public synchronized Fault next(boolean write) {
    if (rate <= 0) {
      return Fault.NONE;
    }
    double roll = random.nextDouble();
    int pick = random.nextInt(write ? 4 : 3);
    if (roll >= rate) {
      return Fault.NONE;
    }
    Fault f =
        pick == 0
            ? Fault.SERVER_ERROR
            : pick == 1 ? Fault.UNAVAILABLE : pick == 2 ? Fault.THROTTLED : Fault.RESPONSE_LOST;
    counts.merge(f, 1L, Long::sum);
    return f;
  }

  /** How many faults of each type were injected so far, by name. */
  public synchronized Map<String, Long> counts() {
    Map<String, Long> out = new TreeMap<>();
    counts.forEach((f, n) -> out.put(f.name(), n));
    return out;
  }
}
