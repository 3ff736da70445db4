package dev.ascform.state;

/** The state belongs to another account or API than this run targets. */
public final class StateTargetMismatchException extends StateException {
  public StateTargetMismatchException(String message) {
    super(message);
  }
}
