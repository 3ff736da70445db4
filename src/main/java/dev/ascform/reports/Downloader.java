package dev.ascform.reports;

import dev.ascform.api.http.AppleApiException;
import dev.ascform.api.http.AscApiException;
import dev.ascform.api.http.ErrorStatus;
import dev.ascform.io.AtomicFile;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Downloads each period of a range into a directory, resumably and atomically: a period whose final
 * file exists is skipped without a request; otherwise the report is streamed into {@code <final
 * name>.part} (a leftover one is overwritten) and renamed onto the final name only once complete. A
 * 404 is "no report for that date" (non-fatal); any other failure, including a corrupt gzip stream,
 * deletes the part file and stops with a {@link ReportException} naming the date and the file.
 */
public final class Downloader {
  /** The suffix of a file being written. */
  public static final String PART = ".part";

  private final ReportSource source;
  private final Path dir;
  private final ReportFormat format;
  private final Progress progress;

  public Downloader(ReportSource source, Path dir, ReportFormat format, Progress progress) {
    this.source = source;
    this.dir = dir;
    this.format = format;
    this.progress = progress;
  }

  /** Downloads every period in order; throws {@link ReportException} on the first error. */
  public DownloadResult run(ReportSpec spec, List<LocalDate> periods) {
    createDir();
    List<String> downloaded = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      String date = spec.frequency().format(periods.get(i));
      Path target = dir.resolve(spec.fileName(periods.get(i), format));
      if (Files.isRegularFile(target)) {
        skipped.add(date);
        progress.period(
            i + 1, periods.size(), date, Outcome.SKIPPED, target.getFileName().toString());
        continue;
      }
      String why = fetch(spec, date, target);
      if (why == null) {
        downloaded.add(date);
        progress.period(
            i + 1, periods.size(), date, Outcome.DOWNLOADED, target.getFileName().toString());
      } else {
        missing.add(date);
        progress.period(i + 1, periods.size(), date, Outcome.MISSING, why);
      }
    }
    return new DownloadResult(downloaded, skipped, missing);
  }

  /** Writes one report; returns null when written, or why Apple has none. */
  private String fetch(ReportSpec spec, String date, Path target) {
    Path part = target.resolveSibling(target.getFileName() + PART);
    try (InputStream in = source.open(spec, date)) {
      AtomicFile.at(target).temp(part).write(out -> Converter.convert(in, out, format));
      return null;
    } catch (NoReportException e) {
      deleteQuietly(part);
      return e.getMessage();
    } catch (AppleApiException e) {
      deleteQuietly(part);
      if (e.is(ErrorStatus.NOT_FOUND)) {
        return e.detail() != null ? e.detail() : "no report for that date";
      }
      throw new ReportException("the report for " + date + " failed: " + e.getMessage(), e);
    } catch (AscApiException e) {
      deleteQuietly(part);
      throw new ReportException(
          "the report for "
              + date
              + " ("
              + target.getFileName()
              + ") could not be read: "
              + e.getMessage()
              + ". Nothing was written under that name.",
          e);
    } catch (IOException e) {
      deleteQuietly(part);
      String what =
          e instanceof ZipException || e instanceof EOFException
              ? "is not a valid gzip stream (" + e.getMessage() + ")"
              : "could not be downloaded or written (" + e + ")";
      throw new ReportException(
          "the report for "
              + date
              + " ("
              + target.getFileName()
              + ") "
              + what
              + ". Nothing was written under that name; run again to retry.",
          e);
    }
  }

  private static void deleteQuietly(Path part) {
    try {
      Files.deleteIfExists(part);
    } catch (IOException ignored) {
      // the next run overwrites it, and a part file is never taken for a complete one
    }
  }

  private void createDir() {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the output directory " + dir, e);
    }
  }
}
