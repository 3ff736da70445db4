package dev.ascform.plan;

import java.util.List;

/**
 * The plan is unsafe to apply: prevent_destroy, a kind's policy, or the destroy threshold. The
 * message lists every problem and how to proceed.
 */
public final class UnsafePlanException extends RuntimeException {
  private final List<String> problems;
  private final boolean thresholdExceeded;

  public UnsafePlanException(List<String> problems, boolean thresholdExceeded) {
    super(
        "refusing an unsafe plan:\n  - "
            + String.join("\n  - ", problems)
            + (thresholdExceeded
                ? "\nReview the plan; pass --allow-destroy if it is intended."
                : ""));
    this.problems = List.copyOf(problems);
    this.thresholdExceeded = thresholdExceeded;
  }

  /** Every problem, one sentence each. */
  public List<String> problems() {
    return problems;
  }

  /** True when (at least) the destroy threshold was exceeded, which allow-destroy lifts. */
  public boolean thresholdExceeded() {
    return thresholdExceeded;
  }
}
