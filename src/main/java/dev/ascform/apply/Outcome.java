package dev.ascform.apply;

import dev.ascform.plan.Change;

/** What became of one change in an apply. */
public sealed interface Outcome permits Outcome.Done, Outcome.Failed, Outcome.Skipped {
  Change change();

  /**
   * The change was made (or found made: {@code note} says so when a lost write was recovered).
   *
   * @param appleId the resource's Apple id afterwards, null when it went away
   * @param verb what happened, e.g. "created", "adopted"
   * @param note extra words for people, or null
   * @param millis how long it took
   */
  record Done(Change change, String appleId, String verb, String note, long millis)
      implements Outcome {}

  /** The change failed; {@code message} says why. */
  record Failed(Change change, String message) implements Outcome {}

  /** The change was not tried because {@code because} (a dependency) did not succeed. */
  record Skipped(Change change, String because) implements Outcome {}
}
