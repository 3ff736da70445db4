package dev.ascform.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascform plan}: Show what would change in the account, and why. Not built yet (issue #5). */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Show what would change in the account, and why. (not built yet: issue #5)")
public final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return NotBuiltYet.say(spec, 5);
  }
}
