package dev.ascform.reports;

import java.util.List;

/**
 * How a range went: the {@code reportDate}s per outcome, in range order. Exit code: 0 when every
 * period is there (downloaded or already complete), 2 when some had no report.
 */
public record DownloadResult(List<String> downloaded, List<String> skipped, List<String> missing) {
  public DownloadResult {
    downloaded = List.copyOf(downloaded);
    skipped = List.copyOf(skipped);
    missing = List.copyOf(missing);
  }

  /** 0 all present, 2 some missing. Errors never reach a result (they throw). */
  public int exitCode() {
    return missing.isEmpty() ? 0 : 2;
  }

  /** One line for people: counts per outcome. */
  public String summary() {
    return downloaded.size()
        + " downloaded, "
        + skipped.size()
        + " already complete, "
        + missing.size()
        + " missing"
        + (missing.isEmpty() ? "" : " (" + String.join(", ", missing) + ")");
  }
}
