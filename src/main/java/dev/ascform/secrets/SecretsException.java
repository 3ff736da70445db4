package dev.ascform.secrets;

/** The secret store cannot be used as asked; the message says what to do. */
public final class SecretsException extends RuntimeException {
  public SecretsException(String message) {
    super(message);
  }
}
