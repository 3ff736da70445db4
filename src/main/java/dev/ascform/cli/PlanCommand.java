package dev.ascform.cli;

import dev.ascform.diag.ConfigException;
import dev.ascform.plan.Plan;
import dev.ascform.plan.PlanFile;
import dev.ascform.state.StateFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascform plan}: reads the account, compares it with the config and the state, and prints
 * what would change and why. Exit 0, or with {@code --detailed-exitcode} 0 no changes, 1 error, 2
 * changes (drift included).
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = "Show what would change in the account, and why.",
    footer = {
      "",
      "Examples:",
      "  ascform plan --sandbox -c examples/acme",
      "  ascform plan -c account/ --format markdown -out plan.bin > plan.md  # for a PR",
      "  ascform plan -c account/ --detailed-exitcode --format json > drift.json",
      "      # a drift audit: exit 0 no changes, 2 changes, 1 error",
      "  ascform plan --sandbox -c examples/acme --target bundle_id.notes_app"
    })
public final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;
  @Mixin OutputOptions output;
  @Mixin PlanOptions planning;

  @Option(
      names = {"-out", "--out"},
      paramLabel = "FILE",
      description = "Save the plan for `ascform apply FILE`.")
  Path out;

  @Option(
      names = "--detailed-exitcode",
      description =
          "Exit 0 without changes, 1 on error, 2 with changes (drift included, and"
              + " warnings when settings.fail_on_warnings is on).")
  boolean detailedExitcode;

  @Override
  public Integer call() throws ConfigException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    try (Session s = Session.open(run, System.getenv(), err)) {
      StateFile state = s.load();
      Phases phases = new Phases(run.api.debug() ? err : null, start);
      phases.done("config and state loaded");
      PrintWriter info = output.text() ? stdout : err;
      info.println(s.header(state));
      Plan plan = s.plan(state, planning.settings(s.desired()));
      phases.done("account read and plan made");
      info.println(s.readLine());
      info.println();
      output.render(output.text() ? plan.withStats(null) : plan, stdout, System.getenv());
      stdout.flush();
      phases.done("plan rendered");
      plan.checkSafety(planning.safety(s.desired()));
      if (out != null) {
        PlanFile.of(
                plan.mapDesired(s.desiredCodec()::encode),
                Instant.now(),
                s.configDigest(),
                s.lineage(state),
                state.serial())
            .write(out);
        info.println();
        info.println(
            "Saved the plan to "
                + out
                + ". Apply exactly it with: ascform apply "
                + out
                + (run.sandbox ? " --sandbox" : ""));
      }
      info.flush();
      if (detailedExitcode
          && (!plan.isEmpty()
              || s.desired().settings().failOnWarnings() && !plan.warnings().isEmpty())) {
        return ExitCodes.CHANGES;
      }
      return ExitCodes.OK;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write the plan file " + out, e);
    }
  }

  /** With {@code --debug}: how long each phase of the run took, since the JVM started. */
  static final class Phases {
    private final PrintWriter err;
    private long last;

    Phases(PrintWriter err, long start) {
      this.err = err;
      this.last = start;
    }

    void done(String phase) {
      if (err == null) {
        return;
      }
      long now = System.nanoTime();
      long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
      err.printf(
          "debug: %s in %d ms (%d ms since the JVM started)%n",
          phase, (now - last) / 1_000_000, uptime);
      err.flush();
      last = now;
    }
  }
}
