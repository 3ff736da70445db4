package dev.ascform.cli;

import dev.ascform.reports.ReportException;
import dev.ascform.reports.ReportFormat;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where and how reports are written, and which target serves them; shared by the report commands.
 */
public final class ReportOutputOptions {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      description = "directory the report files go to (created if missing)")
  Path outputDir;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "tsv",
      description =
          "tsv (as Apple sends it), csv (RFC 4180) or json (an array of objects keyed by the"
              + " header); default ${DEFAULT-VALUE}")
  String format;

  @Option(
      names = "--sandbox",
      description = "download from a local sandbox started in-process (data in .ascform/sandbox/)")
  boolean sandbox;

  @Option(
      names = "--sandbox-home",
      paramLabel = "DIR",
      hidden = true,
      description = "directory holding .ascform/ for the local sandbox (default: the current one)")
  Path sandboxHome;

  @Option(
      names = {"-c", "--config"},
      converter = ConfigPathConverter.class,
      paramLabel = "PATH",
      description =
          "optional config: its account credentials are used, and with --sandbox its"
              + " sandbox-seed.yaml")
  Path config;

  /** The chosen format; a wrong one is a {@code ReportException} listing the allowed values. */
  ReportFormat reportFormat() {
    for (ReportFormat f : ReportFormat.values()) {
      if (f.extension().equalsIgnoreCase(format)) {
        return f;
      }
    }
    throw new ReportException("'" + format + "' is not a report format. Allowed: tsv, csv, json.");
  }
}
