package dev.ascform.reports;

/** A report request that cannot be made or completed; the message is for the user, as is. */
public final class ReportException extends RuntimeException {
  public ReportException(String message) {
    super(message);
  }

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
