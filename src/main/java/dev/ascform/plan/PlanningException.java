package dev.ascform.plan;

import java.util.List;

/** The plan cannot be made: every problem found, one sentence each. */
public final class PlanningException extends RuntimeException {
  private final List<String> problems;

  public PlanningException(List<String> problems) {
    super("cannot plan:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /** The problems, one sentence each. */
  public List<String> problems() {
    return problems;
  }
}
