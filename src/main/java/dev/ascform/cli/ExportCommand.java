package dev.ascform.cli;

import dev.ascform.config.ConfigLoader;
import dev.ascform.diag.ConfigException;
import dev.ascform.export.Adoption;
import dev.ascform.export.ExportFiles;
import dev.ascform.export.Exporter;
import dev.ascform.export.Sections;
import dev.ascform.kinds.Kinds;
import dev.ascform.kinds.RunContext;
import dev.ascform.model.CredentialRefs;
import dev.ascform.model.DesiredState;
import dev.ascform.plan.Change;
import dev.ascform.secrets.SecretStore;
import dev.ascform.state.StateBackend;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascform export}: reads the live account and writes it as config, one file per kind; with
 * {@code --adopt} also a state file adopting everything, so that the next {@code plan} shows no
 * changes. docs/EXPORT.md.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Write an existing account out as config (and, with --adopt, its state).",
    footer = {
      "",
      "Examples:",
      "  ascform export -o account/ --adopt --account acme",
      "  ascform export --sandbox -c examples/acme -o /tmp/acme --adopt",
      "  ascform export -o account/ --kinds devices,profiles",
      "  ascform plan -c account/ --detailed-exitcode   # then: exit 0, no changes"
    })
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      required = true,
      description = "Directory to write the config files into (created; files are replaced).")
  Path output;

  @Option(
      names = "--kinds",
      split = ",",
      paramLabel = "KIND",
      description =
          "Only these: bundle_ids, devices, certificates, profiles, users, beta_groups"
              + " (default: all; profiles bring what they reference).")
  List<String> kinds;

  @Option(
      names = "--adopt",
      description = "Also write a state file that adopts every exported resource.")
  boolean adopt;

  @Option(
      names = "--account",
      paramLabel = "NAME",
      description = "account.name to write (default: -c's account name, else \"main\").")
  String account;

  @Override
  public Integer call() throws IOException, ConfigException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> env = System.getenv();
    Set<String> sections = Sections.resolve(kinds);
    CredentialRefs refs = CredentialRefs.none();
    String name = account;
    if (run.config != null) {
      DesiredState given = new ConfigLoader(env).load(run.config).state();
      refs = given.account().credentials();
      name = name != null ? name : given.account().name();
    }
    name = name != null ? name : "main";
    try (Target target = Target.open(run, refs, env, err)) {
      Exporter exporter = new Exporter(target.client(), Clock.systemUTC(), Kinds.all());
      SortedMap<String, String> files =
          exporter.export(name, sections, ExportFiles.schemaLine(output));
      exporter.warnings().forEach(w -> err.println("warning: " + w));
      ExportFiles.write(output, files);
      out.println(
          "Exported "
              + String.join(", ", sections)
              + " of "
              + target.label()
              + " to "
              + output
              + " ("
              + files.size()
              + " files).");
      String next =
          "ascform plan -c "
              + output
              + (run.sandbox ? " --sandbox" : "")
              + (run.state != null ? " --state " + StateLocation.masked(run.state) : "");
      if (adopt) {
        int code = adopt(target, name, out, err);
        if (code != ExitCodes.OK) {
          return code;
        }
        out.println("Next: " + next + " --detailed-exitcode   # exit 0: no changes");
      } else {
        out.println(
            "Next: "
                + next
                + "   # shows every resource as an adopt; apply records"
                + " them (or export with --adopt)");
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private int adopt(Target target, String name, PrintWriter out, PrintWriter err) {
    StateTarget stateTarget = new StateTarget(target.apiUrl(), target.issuerId(), name);
    try (StateBackend store =
            StateLocation.open(
                run.stateSpec(name, null, System.getenv()),
                name,
                stateTarget.apiIdentity(),
                System.getenv());
        StateBackend.Lock lock = store.lock("export", run.lockTimeout())) {
      String statePath = store.location();
      StateFile base = store.load(stateTarget);
      if (!base.resources().isEmpty()) {
        err.println(
            "error: "
                + statePath
                + " already manages "
                + base.resources().size()
                + " resource(s); pass --state FILE for the exported config, or remove it first.");
        return ExitCodes.ERROR;
      }
      DesiredState exported = new ConfigLoader(System.getenv()).load(output).state();
      Adoption.Result r =
          Adoption.adopt(
              target.client(),
              Kinds.all(new RunContext(exported, SecretStore.unconfigured())),
              exported,
              base,
              new PlanOptions().settings(exported));
      StateFile saved = store.save(r.state());
      out.println(
          "Adopted "
              + r.adopted()
              + " resource(s) into "
              + statePath
              + " (serial "
              + saved.serial()
              + ").");
      for (Change c : r.others()) {
        err.println(
            "warning: "
                + c.address()
                + " would still "
                + c.verb()
                + " (the account changed during the export?)");
      }
      return ExitCodes.OK;
    } catch (ConfigException e) {
      err.println("error: the exported config does not load (a bug in export; please report):");
      return ExitCodes.configError(e, err);
    }
  }
}
