package dev.ascform.cli;

import dev.ascform.diag.ConfigException;
import dev.ascform.diag.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * Terraform's exit codes, and the one place that turns an exception into a message and an exit code
 * for every command: 0 success with nothing to do, 1 error, 2 success with changes present (only
 * where a command documents it). Commands let their errors propagate here instead of catching them.
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int ERROR = 1;
  public static final int CHANGES = 2;

  private ExitCodes() {}

  /**
   * Prints every diagnostic of a config error, each naming its {@code file:line:column}, and a
   * count saying nothing was changed; returns exit code 1.
   */
  static int configError(ConfigException e, PrintWriter err) {
    Path cwd = Path.of("").toAbsolutePath();
    for (Diagnostic d : e.diagnostics()) {
      err.println(d.render(cwd));
    }
    int n = e.errors().size();
    err.printf("%d error%s in the configuration; nothing was changed.%n", n, n == 1 ? "" : "s");
    return ERROR;
  }

  /**
   * Handles whatever a command throws, and whatever picocli refuses: a config error prints its
   * diagnostics ({@link #configError}); any other exception one clear line on stderr (its message,
   * never a stack trace unless {@code ASCFORM_STACKTRACE} is set). Every exception is exit code 1,
   * a usage error included: picocli's default there is 2, which {@code plan --detailed-exitcode}
   * uses for "changes present".
   */
  static final class Handler implements IExecutionExceptionHandler, IExitCodeExceptionMapper {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
      PrintWriter err = cli.getErr();
      if (ex instanceof ConfigException) {
        configError((ConfigException) ex, err);
      } else {
        err.println("Error: " + message(ex));
      }
      for (Throwable t : ex.getSuppressed()) {
        // e.g. a shared state's lock that could not be given back after the error
        err.println("Error: " + message(t));
      }
      if (System.getenv("ASCFORM_STACKTRACE") != null) {
        ex.printStackTrace(err);
      }
      return getExitCode(ex);
    }

    @Override
    public int getExitCode(Throwable exception) {
      return ERROR;
    }

    private static String message(Throwable t) {
      return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
  }
}
