package dev.ascform.plan;

import java.util.LinkedHashSet;
import java.util.List;

/** The plan cannot be made: every problem found, once each, one sentence each. */
public final class PlanningException extends RuntimeException {
  private final List<String> problems;

  public PlanningException(List<String> problems) {
    super("cannot plan:\n  - " + String.join("\n  - ", distinct(problems)));
    this.problems = distinct(problems);
  }

  private static List<String> distinct(List<String> problems) {
    return List.copyOf(new LinkedHashSet<>(problems));
  }

  /** The problems, one sentence each. */
  public List<String> problems() {
    return problems;
  }
}
