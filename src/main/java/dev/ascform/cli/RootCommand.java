package dev.ascform.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ascform}: the root of the command tree. Every command lives in a file of its own. */
@Command(
    name = "ascform",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Your App Store Connect account as code: bundle IDs, capabilities, devices, certificates,",
      "profiles, users and TestFlight groups, planned and applied from YAML."
    },
    subcommands = {
      ValidateCommand.class,
      PlanCommand.class,
      ApplyCommand.class,
      ShowCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      CertificatesCommand.class,
      ProfilesCommand.class,
      StateCommand.class,
      ForceUnlockCommand.class,
      ReportsCommand.class,
      SandboxCommand.class,
      CompletionCommand.class,
    },
    footer = {
      "",
      "Start here:",
      "  ascform validate -c examples/acme      check a config without any network",
      "  ascform plan --sandbox -c examples/acme  see what would change in a sandbox account"
    })
public final class RootCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.OK;
  }
}
