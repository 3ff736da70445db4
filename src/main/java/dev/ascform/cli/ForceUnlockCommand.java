package dev.ascform.cli;

import dev.ascform.diag.ConfigException;
import dev.ascform.state.StateBackend;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascform force-unlock ID}: removes a dead run's state lock, by the id it printed. */
@Command(
    name = "force-unlock",
    mixinStandardHelpOptions = true,
    description = "Remove the state lock of a run that died (by its lock id).",
    footer = {
      "",
      "Examples:",
      "  ascform force-unlock 0b6f2c1e9a4d -c account/  # the id a waiting run printed"
    })
public final class ForceUnlockCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "The lock id (shown by the waiting" + " run).")
  String id;

  @Override
  public Integer call() throws ConfigException {
    try (StateBackend state = StateFiles.open(run, System.getenv())) {
      state.forceUnlock(id);
      spec.commandLine()
          .getOut()
          .println("Removed the lock " + id + " on " + state.location() + ".");
      return ExitCodes.OK;
    }
  }
}
