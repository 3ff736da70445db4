package dev.ascform.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascform show}: Render a saved plan file. Not built yet (issue #5). */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Render a saved plan file. (not built yet: issue #5)")
public final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return NotBuiltYet.say(spec, 5);
  }
}
