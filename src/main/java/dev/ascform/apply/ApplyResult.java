package dev.ascform.apply;

import java.util.List;

/** Every change's outcome, in plan order. */
public record ApplyResult(List<Outcome> outcomes) {
  public ApplyResult {
    outcomes = List.copyOf(outcomes);
  }

  public List<Outcome.Done> done() {
    return outcomes.stream()
        .filter(o -> o instanceof Outcome.Done)
        .map(o -> (Outcome.Done) o)
        .toList();
  }

  public List<Outcome.Failed> failed() {
    return outcomes.stream()
        .filter(o -> o instanceof Outcome.Failed)
        .map(o -> (Outcome.Failed) o)
        .toList();
  }

  public List<Outcome.Skipped> skipped() {
    return outcomes.stream()
        .filter(o -> o instanceof Outcome.Skipped)
        .map(o -> (Outcome.Skipped) o)
        .toList();
  }

  /** True when every change was made. */
  public boolean succeeded() {
    return failed().isEmpty() && skipped().isEmpty();
  }

  /** "Apply complete: 5 done." or "Apply failed: 3 done, 1 failed, 2 skipped." */
  public String summary() {
    if (succeeded()) {
      return "Apply complete: " + done().size() + " done.";
    }
    return "Apply failed: "
        + done().size()
        + " done, "
        + failed().size()
        + " failed, "
        + skipped().size()
        + " skipped. The state records what was done; fix the cause and run"
        + " apply again.";
  }
}
