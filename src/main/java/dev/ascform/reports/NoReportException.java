package dev.ascform.reports;

/**
 * A {@link ReportSource} has no report for the date asked (besides Apple's 404, e.g. an empty
 * success body): the downloader records the period as missing, not as an error.
 */
public final class NoReportException extends RuntimeException {
  public NoReportException(String message) {
    super(message);
  }
}
