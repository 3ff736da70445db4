package dev.ascform.state;

/** The state file cannot be read: corrupt, not a state, or from a newer ascform. */
public final class StateFormatException extends StateException {
  public StateFormatException(String message) {
    super(message);
  }
}
