package dev.ascform.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Terraform's exit codes, mapped once for every command: 0 success with nothing to do, 1 error, 2
 * success with changes present (only where a command documents it).
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int ERROR = 1;
  public static final int CHANGES = 2;

  private ExitCodes() {}

  /** Any exception that reaches picocli is an error: exit 1. */
  static int forException(Throwable t) {
    return ERROR;
  }

  /**
   * Prints an exception as one clear line on stderr (its message, never a stack trace unless {@code
   * ASCFORM_STACKTRACE} is set) and returns exit code 1.
   */
  static final class ExceptionHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
      String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      cli.getErr().println("Error: " + message);
      for (Throwable t : ex.getSuppressed()) {
        // e.g. a shared state's lock that could not be given back after the error
        cli.getErr()
            .println(
                "Error: "
                    + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
      }
      if (System.getenv("ASCFORM_STACKTRACE") != null) {
        ex.printStackTrace(cli.getErr());
      }
      return ERROR;
    }
  }
}
