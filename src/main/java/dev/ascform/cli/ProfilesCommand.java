package dev.ascform.cli;

import dev.ascform.diag.ConfigException;
import dev.ascform.kinds.ProfileFiles;
import dev.ascform.model.ProfileSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ascform profiles download -o DIR}: the configured profiles' .mobileprovision files. */
@Command(
    name = "profiles",
    mixinStandardHelpOptions = true,
    description = "Provisioning profile files for build jobs.",
    subcommands = ProfilesCommand.Download.class,
    footer = {"", "Examples:", "  ascform profiles download -c examples/acme -o build/profiles"})
public final class ProfilesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.ERROR;
  }

  /** {@code ascform profiles download}. */
  @Command(
      name = "download",
      mixinStandardHelpOptions = true,
      description = "Write the configured profiles as .mobileprovision files (one request).",
      footer = {
        "",
        "Examples:",
        "  ascform profiles download -c examples/acme -o build/profiles",
        "  ascform profiles download --sandbox -c examples/acme -o /tmp/profiles"
      })
  static final class Download implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RunOptions run;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "DIR",
        required = true,
        description = "Directory to write the files to.")
    Path dir;

    @Option(
        names = "--all",
        description = "Every profile in the account, not only configured ones.")
    boolean all;

    @Override
    public Integer call() throws ConfigException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      try (Session s = Session.open(run, System.getenv(), err)) {
        return write(s, all, dir, out);
      }
    }
  }

  /** Writes the profiles and lists the files; shared with {@code apply --download-profiles}. */
  static int write(Session s, boolean all, Path dir, PrintWriter out) {
    List<String> names =
        all ? null : s.desired().profiles().values().stream().map(ProfileSpec::name).toList();
    List<Path> files = ProfileFiles.download(s.target().client(), names, dir);
    files.forEach(f -> out.println("wrote " + f));
    out.println(files.size() + " profile file" + (files.size() == 1 ? "" : "s") + " in " + dir);
    return ExitCodes.OK;
  }
}
