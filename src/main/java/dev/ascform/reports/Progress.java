package dev.ascform.reports;

/** Told about each period as it finishes; the CLI renders it (a line, or a bar on a terminal). */
@FunctionalInterface
public interface Progress {
  /**
   * @param done periods finished so far, this one included (1-based)
   * @param total periods in the range
   * @param reportDate the period's {@code reportDate}
   * @param outcome what happened
   * @param detail the file name, or why the report is missing
   */
  void period(int done, int total, String reportDate, Outcome outcome, String detail);
}
