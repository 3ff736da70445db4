package dev.ascform.reports;

/** What happened to one period. */
public enum Outcome {
  /** Downloaded and written under its final name. */
  DOWNLOADED,
  /** Already complete under its final name: not requested again. */
  SKIPPED,
  /** Apple has no report for that date (none yet, or no sales): nothing written. */
  MISSING
}
