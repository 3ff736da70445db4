package dev.ascform.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascform state}: List, show, move and forget state entries. Not built yet (issue #5). */
@Command(name = "state", mixinStandardHelpOptions = true, description = "List, show, move and forget state entries. (not built yet: issue #5)")
public final class StateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return NotBuiltYet.say(spec, 5);
  }
}
