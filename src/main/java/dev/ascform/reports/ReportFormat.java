package dev.ascform.reports;

/**
 * How a downloaded report is written: {@code tsv} as Apple sends it (decompressed, byte for byte),
 * {@code csv} per RFC 4180 (CRLF line ends, fields with a comma, quote or line break quoted), or
 * {@code json}: one array of objects keyed by the header row, every value a string.
 */
public enum ReportFormat {
  TSV("tsv"),
  CSV("csv"),
  JSON("json");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The file extension, without the dot. */
  public String extension() {
    return extension;
  }
}
