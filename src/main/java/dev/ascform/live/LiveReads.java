package dev.ascform.live;

import dev.ascform.api.AscClient;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * The reads of one run, shared between kinds: a collection read once (bundle IDs with their
 * capabilities serve both the bundle ID and the capability kind) is memoized by name, and a kind
 * asking for it while another reads it waits for that one read. Thread-safe.
 */
public final class LiveReads {
  private final AscClient client;
  private final Map<String, CompletableFuture<Object>> memo = new ConcurrentHashMap<>();
  private final Executor prefetcher;
  private final Set<String> warnings = ConcurrentHashMap.newKeySet();

  /** Reads done on demand only ({@link #prefetch} does nothing). */
  public LiveReads(AscClient client) {
    this(client, null);
  }

  /**
   * Reads on demand and, with {@link #prefetch}, ahead of demand on {@code prefetcher} (which must
   * not queue tasks behind blocked ones: a prefetched read may wait for another shared read).
   */
  public LiveReads(AscClient client, Executor prefetcher) {
    this.client = Objects.requireNonNull(client, "client");
    this.prefetcher = prefetcher;
  }

  /** The client, for reads a kind does not share. */
  public AscClient client() {
    return client;
  }

  /**
   * The result of the shared read {@code name}, reading it with {@code read} on first use. Failures
   * are rethrown to every caller.
   */
  @SuppressWarnings("unchecked")
  public <T> T shared(String name, Function<AscClient, T> read) {
    CompletableFuture<Object> mine = new CompletableFuture<>();
    CompletableFuture<Object> f = memo.putIfAbsent(name, mine);
    if (f == null) {
      run(mine, read);
      f = mine;
    }
    try {
      return (T) f.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  /**
   * Starts the shared read {@code name} now, without waiting for it, when it has not started yet
   * and this instance has a prefetcher. A kind whose reads depend on one another only through the
   * data (testers need the groups to be named, not to be read first) starts them all at once, so
   * their chains of pages overlap instead of following each other. {@link #shared} then waits for
   * the read already under way.
   */
  public <T> void prefetch(String name, Function<AscClient, T> read) {
    if (prefetcher == null || memo.containsKey(name)) {
      return;
    }
    CompletableFuture<Object> mine = new CompletableFuture<>();
    if (memo.putIfAbsent(name, mine) == null) {
      try {
        prefetcher.execute(() -> run(mine, read));
      } catch (RejectedExecutionException e) {
        run(mine, read); // the prefetcher is shut down: read now rather than leave waiters hanging
      }
    }
  }

  private <T> void run(CompletableFuture<Object> target, Function<AscClient, T> read) {
    try {
      target.complete(read.apply(client));
    } catch (RuntimeException | Error e) {
      target.completeExceptionally(e);
    }
  }

  /**
   * Notes something the read found in the account and left as it is (an enumeration value this
   * version does not know, a natural key two resources share, a linkage nothing names): shown to
   * the user as a warning, never a reason to stop. Repeated messages are kept once.
   */
  public void warn(String message) {
    warnings.add(message);
  }

  /** Every warning so far, sorted. */
  public List<String> warnings() {
    return List.copyOf(new TreeSet<>(warnings));
  }

  /** How many distinct collections were read. */
  public int collections() {
    return memo.size();
  }
}
