package dev.ascform.apply;

import dev.ascform.plan.Change;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs changes in order with bounded concurrency: a change starts when every prerequisite ({@link
 * Applier#prerequisites}) is done; it is skipped when one failed or was skipped.
 */
final class Schedule {
  /** The work for one change; an exception fails it. */
  interface Work {
    Outcome.Done run(Change c) throws Exception;
  }

  private final List<Change> changes;
  private final int concurrency;

  Schedule(List<Change> changes, int concurrency) {
    this.changes = changes;
    this.concurrency = concurrency;
  }

  List<Outcome> run(Work work, Progress progress) {
    int n = changes.size();
    Outcome[] outcomes = new Outcome[n];
    boolean[] started = new boolean[n];
    List<List<Integer>> pre = Applier.allPrerequisites(changes);
    Map<Change, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(changes.get(i), i);
    }
    // the changes not started yet, in order: a pass looks at these only, and stops once the
    // pool is full (a later pass looks again), so a pass is not a scan of every change
    List<Integer> waiting = new java.util.LinkedList<>();
    for (int i = 0; i < n; i++) {
      waiting.add(i);
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            concurrency,
            r -> {
              Thread t = new Thread(r, "ascform-apply");
              t.setDaemon(true);
              return t;
            });
    CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
    int running = 0;
    try {
      while (true) {
        for (java.util.Iterator<Integer> it = waiting.iterator();
            it.hasNext() && running < concurrency; ) {
          int i = it.next();
          String blocked = blocker(pre.get(i), outcomes);
          if (blocked != null) {
            started[i] = true;
            it.remove();
            outcomes[i] = new Outcome.Skipped(changes.get(i), blocked);
            progress.report(outcomes[i]);
          } else if (ready(pre.get(i), outcomes)) {
            started[i] = true;
            it.remove();
            running++;
            Change c = changes.get(i);
            done.submit(() -> attempt(work, c));
          }
        }
        if (running == 0) {
          break;
        }
        Outcome o = take(done);
        running--;
        int i = index.get(o.change());
        outcomes[i] = o;
        progress.report(o);
      }
    } finally {
      pool.shutdownNow();
    }
    return Arrays.asList(outcomes);
  }

  private static Outcome attempt(Work work, Change c) {
    try {
      return work.run(c);
    } catch (Exception e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Outcome.Failed(c, m);
    }
  }

  private static Outcome take(CompletionService<Outcome> done) {
    try {
      Future<Outcome> f = done.take();
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while applying", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private String blocker(List<Integer> pre, Outcome[] outcomes) {
    for (int j : pre) {
      if (outcomes[j] instanceof Outcome.Failed || outcomes[j] instanceof Outcome.Skipped) {
        return changes.get(j).address()
            + (outcomes[j] instanceof Outcome.Failed ? " failed" : " was skipped");
      }
    }
    return null;
  }

  private static boolean ready(List<Integer> pre, Outcome[] outcomes) {
    for (int j : pre) {
      if (!(outcomes[j] instanceof Outcome.Done)) {
        return false;
      }
    }
    return true;
  }
}
