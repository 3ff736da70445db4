package dev.ascform.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascform export}: Write an existing account out as config. Not built yet (issue #8). */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write an existing account out as config. (not built yet: issue #8)")
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return NotBuiltYet.say(spec, 8);
  }
}
