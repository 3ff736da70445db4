package dev.ascform.api.auth;

/** Credentials are missing, incomplete or unreadable. The message says what to do. */
public class CredentialsException extends RuntimeException {
  public CredentialsException(String message) {
    super(message);
  }

  public CredentialsException(String message, Throwable cause) {
    super(message, cause);
  }
}
