package dev.ascform.apply;

import dev.ascform.api.http.ApiTransportException;
import dev.ascform.api.http.AppleApiException;
import dev.ascform.api.http.AscApiException;
import dev.ascform.api.http.ErrorStatus;
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
 * conflict is never resent blindly: the resource is re-read, and if the write landed it is taken as
 * made. Only a write refused unprocessed (429, 503) that the re-read shows did not land is sent
 * again, after the retry policy's backoff.
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
        || e instanceof AppleApiException a && a.errorStatus().isServerSide();
  }

  private static boolean conflict(AscApiException e) {
    return e instanceof AppleApiException a && a.is(ErrorStatus.CONFLICT);
  }

  /**
   * Refused before Apple acted on it: 429 (over the rate limit) or 503 (unavailable). Such a write
   * is sent again, but only after a read-back found that it did not land (API-NOTES: retry writes
   * only after a read-back). A 500, a gateway timeout or a lost response may still be at work in
   * Apple's back end, so those are never resent: the next apply reads and decides.
   */
  static boolean refusedUnprocessed(AscApiException e) {
    return e instanceof AppleApiException a && a.errorStatus().isRefusedForNow();
  }

  private static String refusal(AscApiException e) {
    return "refused with " + ((AppleApiException) e).status();
  }

  /** After a read-back found that {@code e}'s write did not land: true to send it again. */
  private boolean resend(AscApiException e, int resend) {
    if (!refusedUnprocessed(e) || !ctx.client().pauseBeforeResend(resend)) {
      return false;
    }
    notes.accept(
        "sent again after "
            + ((AppleApiException) e).status()
            + " (the read-back showed it had not been made)");
    return true;
  }

  L create(D desired) {
    L made = null;
    for (int resend = 1; made == null; resend++) {
      try {
        made = kind.create(ctx, desired);
      } catch (AscApiException e) {
        if (!uncertain(e) && !conflict(e) && !refusedUnprocessed(e)) {
          throw e;
        }
        Optional<L> found = kind.find(ctx, desired);
        if (found.isEmpty()) {
          if (resend(e, resend)) {
            continue;
          }
          throw e;
        }
        made = adopted(desired, found.get(), e);
        if (made == null) {
          return update(kind.appleId(found.get()), desired);
        }
      }
    }
    return check(kind.appleId(made), desired, "created");
  }

  /** The resource a failed create had made after all, or null when it still needs an update. */
  private L adopted(D desired, L made, AscApiException e) {
    notes.accept(
        conflict(e)
            ? "it already existed: adopted"
            : refusedUnprocessed(e)
                ? refusal(e) + " but the read-back found it made: adopted"
                : "the response was lost but the write landed: adopted, not sent again");
    return !kind.diff(desired, made).isEmpty() && kind instanceof UpdateOps ? null : made;
  }

  @SuppressWarnings("unchecked")
  L update(String appleId, D desired) {
    UpdateOps<D, L> ops = (UpdateOps<D, L>) kind;
    for (int resend = 1; ; resend++) {
      try {
        ops.update(ctx, appleId, desired);
        break;
      } catch (AscApiException e) {
        if (!uncertain(e) && !refusedUnprocessed(e)) {
          throw e;
        }
        Optional<L> now = kind.reread(ctx, appleId, kind.naturalKey(desired));
        if (now.isPresent() && kind.diff(desired, now.get()).isEmpty()) {
          notes.accept(
              refusedUnprocessed(e)
                  ? refusal(e) + " but the read-back shows it made"
                  : "the response was lost but the update landed");
          break;
        }
        if (now.isEmpty() || !resend(e, resend)) {
          throw e;
        }
      }
    }
    return check(appleId, desired, "updated");
  }

  void delete(String appleId, String naturalKey) {
    for (int resend = 1; ; resend++) {
      try {
        ((DeleteOps) kind).delete(ctx, appleId);
        break;
      } catch (AscApiException e) {
        boolean gone = e instanceof AppleApiException a && a.is(ErrorStatus.NOT_FOUND);
        if (!uncertain(e) && !gone && !refusedUnprocessed(e)) {
          throw e;
        }
        if (kind.reread(ctx, appleId, naturalKey).isPresent()) {
          if (resend(e, resend)) {
            continue;
          }
          throw e;
        }
        notes.accept(gone ? "it was already gone" : "the response was lost but the delete landed");
        return;
      }
    }
    if (kind.reread(ctx, appleId, naturalKey).isPresent()) {
      throw new PostconditionException(
          "Apple accepted the delete of "
              + naturalKey
              + " (id "
              + appleId
              + ") but it still exists");
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
    L now =
        kind.reread(ctx, appleId, naturalKey)
            .orElseThrow(
                () ->
                    new PostconditionException(
                        naturalKey
                            + " (id "
                            + appleId
                            + ") cannot be read back after "
                            + ops.retireVerb()));
    var attrs = kind.liveAttributes(now);
    if (!FieldDiff.between(attrs, ops.retired(attrs), false).isEmpty()) {
      throw new PostconditionException(
          "Apple accepted the request to "
              + ops.retireVerb()
              + " "
              + naturalKey
              + " but it is not: "
              + attrs);
    }
  }

  /** The postcondition: the resource, read back, matches the desired one. */
  private L check(String appleId, D desired, String verb) {
    L now =
        kind.reread(ctx, appleId, kind.naturalKey(desired))
            .orElseThrow(
                () ->
                    new PostconditionException(
                        kind.naturalKey(desired)
                            + " was "
                            + verb
                            + " (id "
                            + appleId
                            + ") but cannot be read back"));
    List<FieldDiff> diffs = kind.diff(desired, now);
    if (!diffs.isEmpty()) {
      throw new PostconditionException(
          "Apple accepted the change but did not make it: "
              + kind.naturalKey(desired)
              + " read back still differs: "
              + describe(diffs));
    }
    return now;
  }

  private static String describe(List<FieldDiff> diffs) {
    return String.join(
        ", ",
        diffs.stream()
            .map(d -> d.path() + ": wanted " + d.after() + ", is " + d.before())
            .toList());
  }
}
