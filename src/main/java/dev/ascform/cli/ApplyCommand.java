package dev.ascform.cli;

import dev.ascform.apply.Applier;
import dev.ascform.apply.ApplyResult;
import dev.ascform.diag.ConfigException;
import dev.ascform.plan.Plan;
import dev.ascform.plan.PlanFile;
import dev.ascform.plan.PlanSettings;
import dev.ascform.plan.StalePlanException;
import dev.ascform.state.StateBackend;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateRecorder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ascform apply [PLANFILE]}: makes the changes. Without a file it plans, shows the plan and
 * asks for {@code yes} on a terminal (elsewhere it needs {@code --auto-approve}); with a file it
 * applies exactly that plan, refusing it when the state or a resource it touches changed since.
 * Holds the state lock throughout. Exit 0 when every change was made, else 1.
 */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = "Make the changes a plan shows.",
    footer = {
      "",
      "Examples:",
      "  ascform apply --sandbox -c examples/acme --auto-approve",
      "  ascform apply plan.bin -c account/   # the saved plan; refused if stale",
      "  ascform apply -c account/ --auto-approve --lock-timeout 2m --concurrency 8"
    })
public final class ApplyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;
  @Mixin OutputOptions output;
  @Mixin PlanOptions planning;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PLANFILE",
      description = "A plan saved with `ascform plan -out FILE`.")
  Path planFile;

  @Option(names = "--auto-approve", description = "Do not ask for confirmation.")
  boolean autoApprove;

  @Option(
      names = "--download-profiles",
      paramLabel = "DIR",
      description =
          "After a successful apply, write the configured profiles' .mobileprovision"
              + " files to DIR.")
  Path downloadProfiles;

  @Override
  public Integer call() throws ConfigException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Session s = Session.open(run, System.getenv(), err);
        StateBackend.Lock lock = s.backend().lock("apply", run.lockTimeout())) {
      StateFile state = s.load();
      PrintWriter info = output.text() ? out : err;
      info.println(s.header(state));
      Plan plan;
      if (planFile != null) {
        plan = saved(s, state, info);
      } else {
        plan = s.plan(state, planning.settings(s.desired()));
        info.println(s.readLine());
        info.println();
        output.render(output.text() ? plan.withStats(null) : plan, out, System.getenv());
      }
      plan.checkSafety(planning.safety(s.desired()));
      if (plan.isEmpty()) {
        info.println("No changes. The account matches the configuration.");
        return downloadProfiles == null
            ? ExitCodes.OK
            : ProfilesCommand.write(s, false, downloadProfiles, info);
      }
      if (planFile == null && !approved(info, err)) {
        return ExitCodes.ERROR;
      }
      info.println();
      info.flush();
      StateRecorder recorder = new StateRecorder(s.backend(), state);
      ApplyResult result =
          new Applier(
                  s.target().client(),
                  s.kindsByName(),
                  s.secrets(),
                  recorder,
                  run.api.concurrency(),
                  err)
              .apply(plan);
      info.println();
      result
          .failed()
          .forEach(f -> err.println("Error: " + f.change().address() + ": " + f.message()));
      info.println(
          result.summary()
              + " State: "
              + s.stateLocation()
              + " (serial "
              + recorder.current().serial()
              + ").");
      if (result.succeeded() && downloadProfiles != null) {
        ProfilesCommand.write(s, false, downloadProfiles, info);
      }
      return result.succeeded() ? ExitCodes.OK : ExitCodes.ERROR;
    }
  }

  /** The saved plan, refused when stale (state, config or touched resources changed). */
  private Plan saved(Session s, StateFile state, PrintWriter out) throws ConfigException {
    PlanFile file;
    try {
      file = PlanFile.read(planFile);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the plan file " + planFile + ": " + e.getMessage(), e);
    }
    Plan fresh =
        s.plan(
            state,
            new PlanSettings(
                planning.settings(s.desired()).pruneKinds(), new HashSet<>(file.plan().targets())));
    out.println(s.readLine());
    if (!file.configDigest().equals(s.configDigest())) {
      throw new StalePlanException(List.of("the configuration changed since the plan was made"));
    }
    if ("none".equals(file.stateLineage()) && !"none".equals(s.lineage(state))) {
      throw new StalePlanException(
          List.of(
              "the state changed since"
                  + " the plan was made (it did not exist then; another apply ran)"));
    }
    file.checkFresh(s.lineage(state), state.serial(), fresh.liveDigests());
    out.println("Applying the saved plan " + planFile + " (made " + file.createdAt() + ").");
    // What apply writes is the plan file's own values, never the configuration read again.
    return file.plan().mapDesired(s.desiredCodec()::decode);
  }

  private boolean approved(PrintWriter out, PrintWriter err) {
    if (autoApprove) {
      return true;
    }
    if (System.console() == null) {
      err.println(
          "Error: apply needs confirmation, and there is no terminal to ask on. Pass"
              + " --auto-approve, or apply a saved plan (ascform plan -out FILE; ascform apply"
              + " FILE).");
      return false;
    }
    out.print("\nDo you want to make these changes? Only 'yes' is accepted: ");
    out.flush();
    try {
      String answer =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
      if (!"yes".equals(answer == null ? null : answer.trim())) {
        out.println("Apply cancelled; nothing was changed.");
        return false;
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
