package dev.ascform.apply;

import dev.ascform.api.AscClient;
import dev.ascform.kinds.KindOps;
import dev.ascform.kinds.WriteContext;
import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import dev.ascform.plan.Plan;
import dev.ascform.secrets.SecretStore;
import dev.ascform.state.StateRecorder;
import dev.ascform.state.StateResource;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs a plan: changes in plan order, a change only after the changes it is related to by
 * dependency (its dependencies on create and update; its dependents on delete), independent ones
 * concurrently (bounded, default 4). Each success is recorded in the state at once. A failure skips
 * the changes that depend on it; work in flight finishes; the result lists every outcome. One
 * progress line per change goes to {@code progress}. Creates and deletes of {@link
 * dev.ascform.kinds.BatchOps} kinds are made in chunks ({@link Batches}).
 */
public final class Applier {
  /** Changes made at once unless told otherwise. */
  public static final int DEFAULT_CONCURRENCY = 4;

  private final AscClient client;
  private final Map<String, KindOps<?, ?>> kinds;
  private final SecretStore secrets;
  private final StateRecorder recorder;
  private final int concurrency;
  private final PrintWriter progress;

  /**
   * @param kinds the kinds by name; what creates and updates write is each change's own {@link
   *     Change#desired} value, never the configuration
   * @param secrets the run's secret store, given to every write ({@link WriteContext#secrets})
   */
  public Applier(
      AscClient client,
      Map<String, KindOps<?, ?>> kinds,
      SecretStore secrets,
      StateRecorder recorder,
      int concurrency,
      PrintWriter progress) {
    this.client = Objects.requireNonNull(client);
    this.kinds = Map.copyOf(kinds);
    this.secrets = Objects.requireNonNull(secrets);
    this.recorder = Objects.requireNonNull(recorder);
    this.concurrency = Math.max(1, concurrency);
    this.progress = Objects.requireNonNull(progress);
  }

  /** Makes the plan's changes; never throws for a failed change (see the result). */
  public ApplyResult apply(Plan plan) {
    List<Change> changes = plan.actionable();
    Map<Address, String> ids = new ConcurrentHashMap<>();
    Map<Address, String> planned = new ConcurrentHashMap<>();
    plan.changes()
        .forEach(
            c -> {
              if (c.appleId() != null) {
                planned.put(c.address(), c.appleId());
              }
            });
    WriteContext ctx =
        new WriteContext() {
          @Override
          public AscClient client() {
            return client;
          }

          @Override
          public String appleIdOf(Address a) {
            String id = ids.get(a);
            if (id == null) {
              id = recorder.current().get(a).map(StateResource::appleId).orElse(planned.get(a));
            }
            if (id == null) {
              throw new IllegalStateException(
                  "the Apple id of " + a + " is unknown: it was not" + " created");
            }
            return id;
          }

          @Override
          public SecretStore secrets() {
            return secrets;
          }
        };
    ChangeRunner runner = new ChangeRunner(ctx, recorder);
    Batches batches = new Batches(changes, kinds, ctx, recorder);
    Schedule schedule = new Schedule(changes, concurrency);
    List<Outcome> outcomes;
    try {
      outcomes = runAll(schedule, batches, runner, ids, changes.size());
    } finally {
      recorder.flush();
    }
    try {
      return new ApplyResult(finishReplaces(runner, outcomes));
    } finally {
      recorder.flush();
    }
  }

  private List<Outcome> runAll(
      Schedule schedule,
      Batches batches,
      ChangeRunner runner,
      Map<Address, String> ids,
      int total) {
    return schedule.run(
        c -> {
          recorder.checkSaving();
          KindOps<?, ?> kind = kinds.get(c.kind());
          if (kind == null) {
            throw new IllegalStateException("no kind " + c.kind());
          }
          Outcome.Done done = batches.covers(c) ? batched(batches, c) : runner.run(kind, c);
          if (done.appleId() != null) {
            ids.put(c.address(), done.appleId());
          }
          return done;
        },
        new Progress(progress, total));
  }

  /**
   * Runs the delete half of each create-first replace once everything depending on it is done; when
   * a dependent did not succeed, the old resource is kept (and the replace reported failed).
   */
  private List<Outcome> finishReplaces(ChangeRunner runner, List<Outcome> outcomes) {
    List<Outcome> out = new ArrayList<>(outcomes);
    for (ChangeRunner.Deferred d : runner.deferred()) {
      Address a = d.change().address();
      int at = -1;
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i).change().address().equals(a)) {
          at = i;
        }
      }
      List<Address> notDone =
          out.stream()
              .filter(o -> !(o instanceof Outcome.Done) && o.change().dependsOn().contains(a))
              .map(o -> o.change().address())
              .toList();
      Outcome result;
      if (!notDone.isEmpty()) {
        result =
            new Outcome.Failed(
                d.change(),
                "the new one was created, but the old one (id "
                    + d.oldAppleId()
                    + ") was kept because "
                    + notDone
                    + " did not succeed; delete it"
                    + " by hand once they are fixed");
      } else {
        try {
          d.delete().run();
          progress.println("    " + a + ": the old one (id " + d.oldAppleId() + ") is deleted");
          Outcome.Done done = (Outcome.Done) out.get(at);
          result =
              new Outcome.Done(
                  done.change(), done.appleId(), "replaced", done.note(), done.millis());
        } catch (RuntimeException e) {
          result =
              new Outcome.Failed(
                  d.change(),
                  "the new one was created, but deleting the old"
                      + " one (id "
                      + d.oldAppleId()
                      + ") failed: "
                      + e.getMessage());
        }
      }
      if (at >= 0) {
        out.set(at, result);
      }
    }
    progress.flush();
    return out;
  }

  private Outcome.Done batched(Batches batches, Change c) {
    long start = System.nanoTime();
    String id = batches.run(c);
    String verb = c.action() == dev.ascform.plan.Action.CREATE ? "created" : "removed";
    return new Outcome.Done(c, id, verb, "in a batch", (System.nanoTime() - start) / 1_000_000);
  }

  /** Changes {@code j < i} that change {@code i} must wait for. */
  static List<Integer> prerequisites(List<Change> changes, int i) {
    return allPrerequisites(changes).get(i);
  }

  /**
   * For every change, the changes {@code j < i} it must wait for: those it depends on, those
   * depending on it, and earlier changes of its address. Linear in the changes and their
   * dependencies (indexed by address), not quadratic: an apply from no state has one change per
   * resource (15,000 on a large account).
   */
  static List<List<Integer>> allPrerequisites(List<Change> changes) {
    Map<Address, List<Integer>> at = new java.util.HashMap<>();
    Map<Address, List<Integer>> dependents = new java.util.HashMap<>();
    for (int j = 0; j < changes.size(); j++) {
      Change c = changes.get(j);
      at.computeIfAbsent(c.address(), k -> new ArrayList<>()).add(j);
      for (Address d : c.dependsOn()) {
        dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(j);
      }
    }
    List<List<Integer>> out = new ArrayList<>(changes.size());
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      java.util.TreeSet<Integer> pre = new java.util.TreeSet<>();
      for (Address d : c.dependsOn()) {
        earlier(at.get(d), i, pre);
      }
      earlier(dependents.get(c.address()), i, pre);
      earlier(at.get(c.address()), i, pre);
      out.add(List.copyOf(pre));
    }
    return out;
  }

  private static void earlier(List<Integer> indices, int i, java.util.Set<Integer> into) {
    if (indices != null) {
      for (int j : indices) {
        if (j < i) {
          into.add(j);
        }
      }
    }
  }
}
