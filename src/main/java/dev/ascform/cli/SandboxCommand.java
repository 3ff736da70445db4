package dev.ascform.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascform sandbox}: Run the App Store Connect API sandbox. Not built yet (issue #4). */
@Command(name = "sandbox", mixinStandardHelpOptions = true, description = "Run the App Store Connect API sandbox. (not built yet: issue #4)")
public final class SandboxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return NotBuiltYet.say(spec, 4);
  }
}
