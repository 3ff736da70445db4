package dev.ascform.cli;

import dev.ascform.config.ConfigFiles;
import dev.ascform.config.ConfigLoader;
import dev.ascform.config.LoadedConfig;
import dev.ascform.diag.ConfigException;
import dev.ascform.diag.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascform validate}: loads a config, validates it against the schema, resolves references
 * and runs the semantic checks, without any network. Exit 0 with a one-line summary, or exit 1 with
 * every error as {@code file:line:column: message} on stderr.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Load and check a config without any network.",
    footer = {
      "",
      "Examples:",
      "  ascform validate -c examples/acme",
      "  ascform validate                     # ./ascform.yaml, else ./ascform/"
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-c", "--config"},
      converter = ConfigPathConverter.class,
      paramLabel = "PATH",
      description =
          "Config file, or directory of *.yaml/*.yml files (default: ./ascform.yaml, else"
              + " ./ascform/).")
  Path config;

  @Override
  public Integer call() {
    Path cwd = Path.of("").toAbsolutePath();
    Path path = config != null ? config : ConfigFiles.defaultPath(Path.of(""));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      LoadedConfig loaded = new ConfigLoader().load(path);
      print(err, loaded.warnings(), cwd);
      int files = loaded.state().files().size();
      int n = loaded.state().resourceCount();
      out.printf(
          "%d resource%s in %d file%s%n", n, n == 1 ? "" : "s", files, files == 1 ? "" : "s");
      return ExitCodes.OK;
    } catch (ConfigException e) {
      print(err, e.diagnostics(), cwd);
      int n = e.errors().size();
      err.printf("%d error%s found.%n", n, n == 1 ? "" : "s");
      return ExitCodes.ERROR;
    }
  }

  private static void print(PrintWriter err, List<Diagnostic> diagnostics, Path cwd) {
    diagnostics.forEach(d -> err.println(d.render(cwd)));
  }
}
