package dev.ascform.live;

import dev.ascform.api.AscClient;
import dev.ascform.api.http.RequestStats;
import dev.ascform.kinds.KindOps;
import dev.ascform.model.DesiredState;
import dev.ascform.plan.KindSnapshot;
import dev.ascform.plan.Address;
import dev.ascform.plan.Desired;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads every kind in scope completely, each collection once ({@link LiveReads}), and counts the
 * requests it took. Every kind reads on its own thread, so a kind waiting for a read another kind
 * shares (beta groups for the testers) never keeps an independent collection from starting; the
 * requests in flight are bounded by the client ({@code --max-concurrency}, default 4).
 */
public final class LiveReader {
  /** Kinds read at once unless told otherwise. */
  public static final int DEFAULT_CONCURRENCY = 4;

  private final AscClient client;
  private final int concurrency;

  public LiveReader(AscClient client, int concurrency) {
    this.client = client;
    this.concurrency = Math.max(1, concurrency);
  }

  /** Reads the kinds and pairs each with its desired resources from {@code desired}. */
  public LiveState read(List<? extends KindOps<?, ?>> kinds, DesiredState desired) {
    RequestStats.Snapshot before = client.stats().snapshot();
    long start = System.nanoTime();
    LiveReads reads = new LiveReads(client);
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(concurrency, kinds.size()),
        r -> {
          Thread t = new Thread(r, "ascform-read");
          t.setDaemon(true);
          return t;
        });
    try {
      List<Future<KindSnapshot<?, ?>>> futures = new ArrayList<>();
      for (KindOps<?, ?> k : kinds) {
        futures.add(pool.submit(() -> snapshot(k, desired, reads)));
      }
      List<KindSnapshot<?, ?>> out = new ArrayList<>();
      for (Future<KindSnapshot<?, ?>> f : futures) {
        out.add(join(f));
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new LiveState(out, reads.collections(), delta(before, client.stats().snapshot()),
          millis);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <D, L> KindSnapshot<D, L> snapshot(
      KindOps<D, L> kind, DesiredState desired, LiveReads reads) {
    // desired first: a kind may read only what the config asks about (the builds a group names)
    Map<Address, Desired<D>> wanted = kind.desired(desired);
    List<L> live = kind.readAll(reads);
    return new KindSnapshot<>(kind, kind.resolve(wanted, live, reads), live);
  }

  private static KindSnapshot<?, ?> join(Future<KindSnapshot<?, ?>> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the account", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Requests sent between two snapshots, by endpoint. */
  public static Map<String, Integer> delta(RequestStats.Snapshot a, RequestStats.Snapshot b) {
    Map<String, Integer> out = new TreeMap<>();
    b.byEndpoint().forEach((k, n) -> {
      long d = n - a.count(k);
      if (d > 0) {
        out.put(k, (int) d);
      }
    });
    return out;
  }
}
