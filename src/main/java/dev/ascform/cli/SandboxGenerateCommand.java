package dev.ascform.cli;

import dev.ascform.generate.GeneratedConfig;
import dev.ascform.sandbox.generate.AccountGenerator;
import dev.ascform.sandbox.generate.Scale;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ascform sandbox generate}: a sandbox seed and a matching config of a given size. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a sandbox seed and a matching config (with a little deliberate drift) for an account",
      "of the given size: sandbox-seed.yaml, the config files and a README.md describing both."
    },
    footer = {
      "",
      "Examples:",
      "  ascform sandbox generate --scale large -o /tmp/large",
      "  ascform sandbox generate --scale small --random-seed 7 -o /tmp/small"
    })
final class SandboxGenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--scale",
      paramLabel = "SIZE",
      defaultValue = "medium",
      description = "small, medium or large (default: ${DEFAULT-VALUE}).",
      converter = ScaleConverter.class)
  Scale scale;

  @Option(
      names = "--random-seed",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Seed of the generator; the same seed writes the same bytes (default: ${DEFAULT-VALUE}).")
  long randomSeed;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      description = "Directory to write into (created if needed; files in it are overwritten).")
  Path output;

  @Override
  public Integer call() throws IOException {
    AccountGenerator.Result r =
        AccountGenerator.generate(scale, randomSeed, output, GeneratedConfig::write);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "generated a "
            + scale.name().toLowerCase(Locale.ROOT)
            + " account (random seed "
            + randomSeed
            + ") in "
            + output);
    r.counts().collections().forEach((c, n) -> out.printf("  %-16s %6d%n", c, n));
    out.printf("  %-16s %6d%n", "capabilities", r.counts().capabilities());
    out.printf("  %-16s %6d%n", "memberships", r.counts().memberships());
    out.println(
        "lower bound of a full read: "
            + r.counts().lowerBound()
            + " requests; one request per resource: "
            + r.counts().perResource());
    out.println("drift (" + r.drift().size() + " items): see " + output.resolve("README.md"));
    out.println("try: ascform plan --sandbox -c " + output);
    out.flush();
    return ExitCodes.OK;
  }

  /** Accepts scale names in any case. */
  static final class ScaleConverter implements picocli.CommandLine.ITypeConverter<Scale> {
    @Override
    public Scale convert(String value) {
      try {
        return Scale.valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a scale; use small, medium or large");
      }
    }
  }
}
