package dev.ascform.live;

import dev.ascform.api.AscClient;
import dev.ascform.api.http.RequestStats;
import dev.ascform.concurrent.Futures;
import dev.ascform.model.DesiredState;
import dev.ascform.plan.Address;
import dev.ascform.plan.Desired;
import dev.ascform.plan.KindSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads every kind in scope completely, each collection once ({@link LiveReads}), and counts the
 * requests it took. Every kind first starts the shared reads it needs ({@link ReadOps#prefetch}),
 * then reads on its own thread, so no collection waits for another to finish before it starts: the
 * read lasts about as long as its longest chain of pages. The requests in flight are bounded by the
 * client ({@code --concurrency}, default 4).
 */
public final class LiveReader {
  private final AscClient client;

  public LiveReader(AscClient client) {
    this.client = client;
  }

  /** Reads the kinds and pairs each with its desired resources from {@code desired}. */
  public LiveState read(List<? extends ReadOps<?, ?>> kinds, DesiredState desired) {
    RequestStats.Snapshot before = client.stats().snapshot();
    long start = System.nanoTime();
    // Threads on demand, never a queue: a kind's task blocks on shared reads that prefetch tasks
    // make, and a prefetch task may block on another (the builds need the groups). At most one
    // task per kind and per shared collection; the client bounds the requests in flight.
    ExecutorService pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "ascform-read");
              t.setDaemon(true);
              return t;
            });
    LiveReads reads = new LiveReads(client, pool);
    try {
      kinds.forEach(k -> k.prefetch(reads));
      List<Future<KindSnapshot<?, ?>>> futures = new ArrayList<>();
      for (ReadOps<?, ?> k : kinds) {
        futures.add(pool.submit(() -> snapshot(k, desired, reads)));
      }
      List<KindSnapshot<?, ?>> out = new ArrayList<>();
      for (Future<KindSnapshot<?, ?>> f : futures) {
        out.add(Futures.join(f, "reading the account"));
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new LiveState(
          out,
          reads.collections(),
          delta(before, client.stats().snapshot()),
          millis,
          reads.warnings());
    } finally {
      pool.shutdownNow();
    }
  }

  private static <D, L> KindSnapshot<D, L> snapshot(
      ReadOps<D, L> kind, DesiredState desired, LiveReads reads) {
    // desired first: a kind may read only what the config asks about (the builds a group names)
    Map<Address, Desired<D>> wanted = kind.desired(desired);
    List<L> live = kind.readAll(reads);
    noteUnusual(kind, live, reads);
    return new KindSnapshot<>(kind, kind.resolve(wanted, live, reads), live);
  }

  /**
   * Warns about what the read keeps as Apple sent it: values no enumeration of this version knows,
   * and natural keys that several live resources share (never merged: the planner refuses to adopt
   * by such a key, export writes the first).
   */
  private static <L> void noteUnusual(ReadOps<?, L> kind, List<L> live, LiveReads reads) {
    Map<String, List<String>> idsByKey = new TreeMap<>();
    for (L l : live) {
      List<String> unknown = kind.unknownValues(l);
      if (!unknown.isEmpty()) {
        reads.warn(
            kind.noun()
                + " "
                + kind.appleId(l)
                + " has "
                + String.join(", ", unknown)
                + ", unknown to this version of ascform: read as Apple sends it, and left alone"
                + " unless the config manages it");
      }
      idsByKey
          .computeIfAbsent(String.valueOf(kind.liveNaturalKey(l)), k -> new ArrayList<>())
          .add(kind.appleId(l));
    }
    idsByKey.forEach(
        (key, ids) -> {
          if (ids.size() > 1) {
            reads.warn(
                ids.size()
                    + " "
                    + kind.nounPlural()
                    + " in Apple share \""
                    + key
                    + "\" ("
                    + String.join(", ", ids)
                    + "): ascform keeps them apart and adopts none of them by it");
          }
        });
  }

  /** Requests sent between two snapshots, by endpoint. */
  public static Map<String, Integer> delta(RequestStats.Snapshot a, RequestStats.Snapshot b) {
    Map<String, Integer> out = new TreeMap<>();
    b.byEndpoint()
        .forEach(
            (k, n) -> {
              long d = n - a.count(k);
              if (d > 0) {
                out.put(k, (int) d);
              }
            });
    return out;
  }
}
