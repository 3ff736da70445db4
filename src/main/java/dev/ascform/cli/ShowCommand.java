package dev.ascform.cli;

import dev.ascform.plan.PlanFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ascform show FILE}: renders a saved plan in any format, without any network. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a saved plan (text, json or markdown).",
    footer = {
      "",
      "Examples:",
      "  ascform show plan.bin",
      "  ascform show plan.bin --format markdown > plan.md"
    })
public final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;

  @Parameters(index = "0", paramLabel = "FILE", description = "A plan saved with plan -out.")
  Path file;

  @Override
  public Integer call() {
    PlanFile plan;
    try {
      plan = PlanFile.read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the plan file " + file + ": " + e.getMessage(), e);
    }
    if (output.text()) {
      spec.commandLine()
          .getOut()
          .println(
              "Saved plan "
                  + file
                  + ", made "
                  + plan.createdAt()
                  + " against state serial "
                  + plan.stateSerial()
                  + ".");
      if (plan.plan().origin() != null) {
        spec.commandLine().getOut().println(plan.plan().origin().line());
      }
      spec.commandLine().getOut().println();
    }
    output.render(plan.plan(), spec.commandLine().getOut(), System.getenv());
    return ExitCodes.OK;
  }
}
