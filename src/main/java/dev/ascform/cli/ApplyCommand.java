package dev.ascform.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascform apply}: Make the changes of a plan. Not built yet (issue #5). */
@Command(name = "apply", mixinStandardHelpOptions = true, description = "Make the changes of a plan. (not built yet: issue #5)")
public final class ApplyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return NotBuiltYet.say(spec, 5);
  }
}
