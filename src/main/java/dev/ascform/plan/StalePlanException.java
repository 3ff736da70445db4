package dev.ascform.plan;

import java.util.List;

/** A saved plan no longer matches the state or the account: make a new plan. */
public final class StalePlanException extends RuntimeException {
  private final List<String> changes;

  public StalePlanException(List<String> changes) {
    super(
        "the saved plan is stale:\n  - "
            + String.join("\n  - ", changes)
            + "\nRun `ascform plan` again and review the new plan.");
    this.changes = List.copyOf(changes);
  }

  /** What changed since the plan was made, one sentence each. */
  public List<String> changes() {
    return changes;
  }
}
