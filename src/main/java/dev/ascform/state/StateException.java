package dev.ascform.state;

/** A state problem the user must act on; the message says what and how. */
public class StateException extends RuntimeException {
  public StateException(String message) {
    super(message);
  }

  public StateException(String message, Throwable cause) {
    super(message, cause);
  }
}
