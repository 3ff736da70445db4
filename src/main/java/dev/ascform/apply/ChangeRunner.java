package dev.ascform.apply;

import dev.ascform.kinds.DeleteOps;
import dev.ascform.kinds.KindOps;
import dev.ascform.kinds.WriteContext;
import dev.ascform.plan.Change;
import dev.ascform.state.StateRecorder;
import java.util.ArrayList;
import java.util.List;

/** Makes one change with its kind's checked writes and records it in the state. */
final class ChangeRunner {
  private final WriteContext ctx;
  private final StateRecorder recorder;
  private final List<Deferred> deferred = new java.util.concurrent.CopyOnWriteArrayList<>();

  /**
   * The delete half of a create-first replace, run by the applier after the changes depending on it
   * (a certificate is revoked once its profiles moved to the new one).
   */
  record Deferred(Change change, Runnable delete, String oldAppleId) {}

  /** The deferred deletes so far. */
  List<Deferred> deferred() {
    return List.copyOf(deferred);
  }

  ChangeRunner(WriteContext ctx, StateRecorder recorder) {
    this.ctx = ctx;
    this.recorder = recorder;
  }

  @SuppressWarnings("unchecked")
  <D, L> Outcome.Done run(KindOps<D, L> kind, Change c) {
    long start = System.nanoTime();
    List<String> notes = new ArrayList<>();
    Writes<D, L> w = new Writes<>(kind, ctx, notes::add);
    D d = (D) c.desired();
    String appleId = c.appleId();
    String verb;
    switch (c.action()) {
      case ADOPT -> {
        recorder.appliedWithoutRequest(c, appleId, c.before() != null ? c.before() : c.after());
        verb = "adopted";
      }
      case FORGET -> {
        recorder.appliedWithoutRequest(c, null, null);
        verb = "forgotten";
      }
      case CREATE -> {
        appleId = record(kind, c, w.create(need(d, c)));
        verb = "created";
      }
      case UPDATE -> {
        record(kind, c, w.update(appleId, need(d, c)));
        verb = c.adopt() ? "adopted and updated" : "updated";
      }
      case DELETE -> {
        if (kind instanceof DeleteOps) {
          w.delete(appleId, c.naturalKey());
          verb = "deleted";
        } else {
          w.retire(appleId, c.naturalKey());
          verb = c.verb().endsWith("e") ? c.verb() + "d" : c.verb() + "ed";
        }
        recorder.removed(c.address());
        appleId = null;
      }
      case DELETE_THEN_CREATE -> {
        w.delete(appleId, c.naturalKey());
        appleId = record(kind, c, w.create(need(d, c)));
        verb = "replaced";
      }
      case CREATE_THEN_DELETE -> {
        String old = appleId;
        appleId = record(kind, c, w.create(need(d, c)));
        deferred.add(new Deferred(c, () -> w.delete(old, c.naturalKey()), old));
        verb = "created anew (the old one goes after its dependents)";
      }
      default -> verb = "unchanged";
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Outcome.Done(
        c, appleId, verb, notes.isEmpty() ? null : String.join("; ", notes), millis);
  }

  private <D, L> String record(KindOps<D, L> kind, Change c, L now) {
    String id = kind.appleId(now);
    recorder.applied(c, id, kind.liveAttributes(now));
    return id;
  }

  private static <D> D need(D d, Change c) {
    if (d == null) {
      throw new IllegalStateException(
          c.address() + ": the plan holds no value to write; plan again");
    }
    return d;
  }
}
