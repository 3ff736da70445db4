package dev.ascform.diag;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in user input, Terraform-style: a one-line summary, an optional longer detail,
 * and where it is when that is known.
 *
 * @param severity error or warning
 * @param summary one line, readable on its own (for example {@code unknown key 'nmae' (did you mean
 *     'name'?)})
 * @param detail more explanation or a hint; empty when there is none
 * @param pos where the problem is, when it is known
 */
public record Diagnostic(Severity severity, String summary, String detail, Optional<SourcePos> pos)
    implements Comparable<Diagnostic> {

  /** Diagnostics with a position first (by file, line, column), then by summary. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(
              (Diagnostic d) -> d.pos().orElse(null),
              Comparator.nullsLast(Comparator.<SourcePos>naturalOrder()))
          .thenComparing(Diagnostic::summary)
          .thenComparing(Diagnostic::severity);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    detail = detail == null ? "" : detail;
    pos = pos == null ? Optional.empty() : pos;
  }

  public static Diagnostic error(SourcePos pos, String summary) {
    return new Diagnostic(Severity.ERROR, summary, "", Optional.ofNullable(pos));
  }

  public static Diagnostic warning(SourcePos pos, String summary) {
    return new Diagnostic(Severity.WARNING, summary, "", Optional.ofNullable(pos));
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The line users read: {@code file:line:column: summary} for errors and {@code file:line:column:
   * warning: summary} for warnings; the detail, if any, follows on an indented line.
   *
   * @param base directory that file names are shown relative to (usually the current one)
   */
  public String render(Path base) {
    StringBuilder sb = new StringBuilder();
    pos.ifPresent(p -> sb.append(p.display(base)).append(": "));
    if (severity == Severity.WARNING) {
      sb.append("warning: ");
    } else if (pos.isEmpty()) {
      sb.append("error: ");
    }
    sb.append(summary);
    if (!detail.isEmpty()) {
      sb.append(System.lineSeparator()).append("    ").append(detail);
    }
    return sb.toString();
  }

  @Override
  public int compareTo(Diagnostic o) {
    return ORDER.compare(this, o);
  }
}
