package dev.ascform.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascform import}: Adopt one existing resource into state. Not built yet (issue #8). */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Adopt one existing resource into state. (not built yet: issue #8)")
public final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return NotBuiltYet.say(spec, 8);
  }
}
