package dev.ascform.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascform validate}: Load and check a config without any network. Not built yet (issue #2). */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Load and check a config without any network. (not built yet: issue #2)")
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return NotBuiltYet.say(spec, 2);
  }
}
