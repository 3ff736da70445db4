package dev.ascform.api.http;

import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * A bounded number of permits (requests in flight) handed out by {@link RequestPriority}: when
 * requests wait, the highest priority goes first, and among equals the one that came first. Waiting
 * is not interruptible (like {@code Semaphore.acquireUninterruptibly}); an interrupt is kept.
 */
final class PriorityPermits {
  private record Waiter(int priority, long arrival) {}

  private static final Comparator<Waiter> ORDER =
      Comparator.comparingInt(Waiter::priority).reversed().thenComparingLong(Waiter::arrival);

  private final int max;
  private final PriorityQueue<Waiter> waiting = new PriorityQueue<>(ORDER);
  private int inUse;
  private long arrivals;

  PriorityPermits(int max) {
    this.max = Math.max(1, max);
  }

  synchronized void acquire(int priority) {
    if (inUse < max && waiting.isEmpty()) {
      inUse++;
      return;
    }
    Waiter me = new Waiter(priority, arrivals++);
    waiting.add(me);
    boolean interrupted = false;
    while (inUse >= max || !atHead(me)) {
      try {
        wait();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    waiting.poll();
    inUse++;
    notifyAll(); // a permit may be left for the next in line
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  // Identity is meant: is this thread's own entry first in line? (Each Waiter has its own arrival
  // number, so equals would agree, but identity says what is asked.)
  @SuppressWarnings("ReferenceEquality")
  private boolean atHead(Waiter me) {
    return waiting.peek() == me;
  }

  synchronized void release() {
    inUse--;
    notifyAll();
  }

  /** Requests waiting for a permit now (for tests). */
  synchronized int waiting() {
    return waiting.size();
  }

  /** Requests in flight now (for tests). */
  synchronized int inUse() {
    return inUse;
  }
}
