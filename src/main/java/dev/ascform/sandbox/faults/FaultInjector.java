package dev.ascform.sandbox.faults;

import java.util.Random;

/**
 * Draws faults from a seeded {@link Random}: with probability {@code rate} a request gets a fault,
 * chosen uniformly among 500, 503, 429 and (for writes only) a lost response. The same seed and
 * the same sequence of requests give the same faults.
 */
public final class FaultInjector {
  private final double rate;
  private final Random random;

  public FaultInjector(double rate, long seed) {
    this.rate = rate;
    this.random = new Random(seed);
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
    switch (pick) {
      case 0:
        return Fault.SERVER_ERROR;
      case 1:
        return Fault.UNAVAILABLE;
      case 2:
        return Fault.THROTTLED;
      default:
        return Fault.RESPONSE_LOST;
    }
  }
}
