package dev.ascform.live;

import dev.ascform.api.AscClient;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The reads of one run, shared between kinds: a collection read once (bundle IDs with their
 * capabilities serve both the bundle ID and the capability kind) is memoized by name, and a kind
 * asking for it while another reads it waits for that one read. Thread-safe.
 */
public final class LiveReads {
  private final AscClient client;
  private final Map<String, CompletableFuture<Object>> memo = new ConcurrentHashMap<>();

  public LiveReads(AscClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /** The client, for reads a kind does not share. */
  public AscClient client() {
    return client;
  }

  /**
   * The result of the shared read {@code name}, reading it with {@code read} on first use.
   * Failures are rethrown to every caller.
   */
  @SuppressWarnings("unchecked")
  public <T> T shared(String name, Function<AscClient, T> read) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> f = memo.putIfAbsent(name, mine);
    if (f == null) {
      try {
        mine.complete(read.apply(client));
      } catch (RuntimeException e) {
        mine.completeExceptionally(e);
      }
      f = mine;
    }
    try {
      return (T) f.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /** How many distinct collections were read. */
  public int collections() {
    return memo.size();
  }
}
