package dev.ascform.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work done on another thread as if it had been done on this one. */
public final class Futures {
  private Futures() {}

  /**
   * The result of {@code f}; its failure rethrown as it was thrown (a runtime exception or an
   * error), a checked one wrapped. An interrupt while waiting is kept and reported.
   *
   * @param doing what the wait is for, for the message: "reading the config"
   */
  public static <T> T join(Future<T> f, String doing) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + doing, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
