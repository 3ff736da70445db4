package dev.ascform.diag;

import java.util.List;

/**
 * Input could not be accepted. Carries every diagnostic found (errors and the warnings seen
 * alongside them), sorted by position; the message counts the errors.
 */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public ConfigException(List<Diagnostic> diagnostics) {
    super(summaryOf(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** A single positionless error, for problems such as a missing config path. */
  public static ConfigException of(String summary) {
    return new ConfigException(List.of(Diagnostic.error(null, summary)));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  private static String summaryOf(List<Diagnostic> ds) {
    long n = ds.stream().filter(Diagnostic::isError).count();
    if (n == 1) {
      return ds.stream().filter(Diagnostic::isError).findFirst().orElseThrow().render(null);
    }
    return n + " errors in the configuration";
  }
}
