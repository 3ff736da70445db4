package dev.ascform.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascform reports}: Download sales and finance reports. Not built yet (issue #9). */
@Command(name = "reports", mixinStandardHelpOptions = true, description = "Download sales and finance reports. (not built yet: issue #9)")
public final class ReportsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return NotBuiltYet.say(spec, 9);
  }
}
