package dev.ascform.apply;

import dev.ascform.api.http.ApiTransportException;
import dev.ascform.api.http.AppleApiException;
import dev.ascform.api.http.AscApiException;
import dev.ascform.kinds.DeleteOps;
import dev.ascform.kinds.KindOps;
import dev.ascform.kinds.RetireOps;
import dev.ascform.kinds.UpdateOps;
import dev.ascform.kinds.WriteContext;
import dev.ascform.plan.FieldDiff;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The checked writes of one kind: each write is followed by a re-read (the postcondition), and a
 * write whose outcome is unknown (a 5xx, a timeout, a lost response) or that Apple refused as a
 * conflict is never resent: the resource is re-read, and if the write landed it is taken as made.
 */
final class Writes<D, L> {
  private final KindOps<D, L> kind;
  private final WriteContext ctx;
  private final Consumer<String> notes;

  Writes(KindOps<D, L> kind, WriteContext ctx, Consumer<String> notes) {
    this.kind = kind;
    this.ctx = ctx;
    this.notes = notes;
  }

  /** True for failures after which the write may have been made. */
  static boolean uncertain(AscApiException e) {
    return e instanceof ApiTransportException
        || e instanceof AppleApiException a && a.status() >= 500;
  }

  private static boolean conflict(AscApiException e) {
    return e instanceof AppleApiException a && a.status() == 409;
  }

  L create(D desired) {
    L made;
    try {
      made = kind.create(ctx, desired);
    } catch (AscApiException e) {
      if (!uncertain(e) && !conflict(e)) {
        throw e;
      }
      Optional<L> found = kind.find(ctx, desired);
      if (found.isEmpty()) {
        throw e;
      }
      made = found.get();
      notes.accept(conflict(e) ? "it already existed: adopted"
          : "the response was lost but the write landed: adopted, not sent again");
      if (!kind.diff(desired, made).isEmpty() && kind instanceof UpdateOps) {
        return update(kind.appleId(made), desired);
      }
    }
    return check(kind.appleId(made), desired, "created");
  }

  @SuppressWarnings("unchecked")
  L update(String appleId, D desired) {
    UpdateOps<D, L> ops = (UpdateOps<D, L>) kind;
    try {
      ops.update(ctx, appleId, desired);
    } catch (AscApiException e) {
      if (!uncertain(e)) {
        throw e;
      }
      Optional<L> now = kind.reread(ctx, appleId, kind.naturalKey(desired));
      if (now.isEmpty() || !kind.diff(desired, now.get()).isEmpty()) {
        throw e;
      }
      notes.accept("the response was lost but the update landed");
    }
    return check(appleId, desired, "updated");
  }

  void delete(String appleId, String naturalKey) {
    try {
      ((DeleteOps) kind).delete(ctx, appleId);
    } catch (AscApiException e) {
      boolean gone = e instanceof AppleApiException a && a.status() == 404;
      if (!uncertain(e) && !gone) {
        throw e;
      }
      if (kind.reread(ctx, appleId, naturalKey).isPresent()) {
        throw e;
      }
      notes.accept(gone ? "it was already gone" : "the response was lost but the delete landed");
      return;
    }
    if (kind.reread(ctx, appleId, naturalKey).isPresent()) {
      throw new PostconditionException("Apple accepted the delete of " + naturalKey
          + " (id " + appleId + ") but it still exists");
    }
  }

  @SuppressWarnings("unchecked")
  void retire(String appleId, String naturalKey) {
    RetireOps<L> ops = (RetireOps<L>) kind;
    try {
      ops.retire(ctx, appleId);
    } catch (AscApiException e) {
      if (!uncertain(e)) {
        throw e;
      }
      notes.accept("the response was lost; checking");
    }
    L now = kind.reread(ctx, appleId, naturalKey).orElseThrow(() -> new PostconditionException(
        naturalKey + " (id " + appleId + ") cannot be read back after " + ops.retireVerb()));
    var attrs = kind.liveAttributes(now);
    if (!FieldDiff.between(attrs, ops.retired(attrs), false).isEmpty()) {
      throw new PostconditionException("Apple accepted the request to " + ops.retireVerb() + " "
          + naturalKey + " but it is not: " + attrs);
    }
  }

  /** The postcondition: the resource, read back, matches the desired one. */
  private L check(String appleId, D desired, String verb) {
    L now = kind.reread(ctx, appleId, kind.naturalKey(desired)).orElseThrow(() ->
        new PostconditionException(kind.naturalKey(desired) + " was " + verb + " (id " + appleId
            + ") but cannot be read back"));
    List<FieldDiff> diffs = kind.diff(desired, now);
    if (!diffs.isEmpty()) {
      throw new PostconditionException("Apple accepted the change but did not make it: "
          + kind.naturalKey(desired) + " read back still differs: " + describe(diffs));
    }
    return now;
  }

  private static String describe(List<FieldDiff> diffs) {
    return String.join(", ", diffs.stream().map(d -> d.path() + ": wanted " + d.after()
        + ", is " + d.before()).toList());
  }
}
