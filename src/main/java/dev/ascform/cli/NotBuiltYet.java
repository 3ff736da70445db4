package dev.ascform.cli;

import picocli.CommandLine.Model.CommandSpec;

/** What a command that exists in the tree but is not built yet says: plainly, with exit 1. */
final class NotBuiltYet {
  private NotBuiltYet() {}

  static int say(CommandSpec spec, int issue) {
    spec.commandLine()
        .getErr()
        .printf(
            "ascform %s is not built yet (tracked in issue #%d); nothing was read or changed.%n",
            spec.qualifiedName(" ").replaceFirst("^ascform ", ""), issue);
    return ExitCodes.ERROR;
  }
}
