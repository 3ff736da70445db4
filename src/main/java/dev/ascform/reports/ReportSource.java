package dev.ascform.reports;

import java.io.InputStream;

/**
 * Where report bytes come from: the decompressed text of one report for one {@code reportDate}.
 * Failures are the API client's exceptions ({@code AppleApiException} with {@code
 * ErrorStatus.NOT_FOUND} means "no report for that date"); reading the stream may throw a {@code
 * ZipException} for corrupt data.
 */
@FunctionalInterface
public interface ReportSource {
  /** Opens one report; the caller closes the stream. */
  InputStream open(ReportSpec spec, String reportDate);
}
