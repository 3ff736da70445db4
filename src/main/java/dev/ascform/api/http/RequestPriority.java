package dev.ascform.api.http;

import java.util.function.Supplier;

/**
 * How urgently this thread's requests should get one of the client's permits when more requests
 * wait than may be in flight: higher first, first come first served within one priority (0 unless
 * set). A read is as long as its longest chain of pages, so the pager gives a next page the number
 * of pages its collection still has to go, and a kind starting a long read may raise its first
 * page.
 */
public final class RequestPriority {
  private static final ThreadLocal<Integer> CURRENT = ThreadLocal.withInitial(() -> 0);

  private RequestPriority() {}

  /** The priority of requests sent from this thread now. */
  public static int current() {
    return CURRENT.get();
  }

  /**
   * Runs {@code work} with this thread's requests at {@code priority}, then restores the previous
   * one.
   */
  public static <T> T with(int priority, Supplier<T> work) {
    int before = CURRENT.get();
    CURRENT.set(priority);
    try {
      return work.get();
    } finally {
      CURRENT.set(before);
    }
  }
}
