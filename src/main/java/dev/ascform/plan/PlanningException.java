package dev.ascform.plan;

import java.util.LinkedHashSet;
import java.util.List;

/** The plan cannot be made: every problem found, one sentence each. */
public final class PlanningException extends RuntimeException {
  private final List<String> problems;

  public PlanningException(List<String> problems) {
    this(List.copyOf(new LinkedHashSet<>(problems)), true);
  }

  private PlanningException(List<String> distinct, boolean unused) {
    super("cannot plan:\n  - " + String.join("\n  - ", distinct));
    this.problems = distinct;
  }

  /** The problems, one sentence each. */
  public List<String> problems() {
    return problems;
  }
}
