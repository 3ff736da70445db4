package dev.ascform.cli;

import picocli.CommandLine;

/** Entry point: builds the command tree, runs it and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; never calls {@code System.exit}. */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  /** The configured command line, also used by tests to run commands in-process. */
  public static CommandLine newCommandLine() {
    CommandLine cli = new CommandLine(new RootCommand());
    ExitCodes.Handler errors = new ExitCodes.Handler();
    cli.setExecutionExceptionHandler(errors);
    cli.setExitCodeExceptionMapper(errors);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    OptionScope.apply(cli);
    return cli;
  }
}
