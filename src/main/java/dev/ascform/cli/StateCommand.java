package dev.ascform.cli;

import dev.ascform.diag.ConfigException;
import dev.ascform.plan.Address;
import dev.ascform.plan.Digests;
import dev.ascform.state.StateBackend;
import dev.ascform.state.StateCodec;
import dev.ascform.state.StateCopy;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateResource;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ascform state list|show|rm|mv}: read and edit the state file. Nothing here talks to the
 * account: {@code rm} forgets an address and leaves the live resource alone.
 */
@Command(
    name = "state",
    mixinStandardHelpOptions = true,
    description =
        "List, show, forget (rm) or rename (mv) managed resources in the state; pull,"
            + " push or migrate the state between backends.",
    footer = {
      "",
      "Examples:",
      "  ascform state list --sandbox -c examples/acme",
      "  ascform state mv device.alice_iphone device.alices_phone -c account/",
      "  ascform state migrate -c account/ --to postgresql://ci@db.internal/ascform"
    },
    subcommands = {
      StateCommand.List.class,
      StateCommand.Show.class,
      StateCommand.Rm.class,
      StateCommand.Mv.class,
      StateCommand.Pull.class,
      StateCommand.Push.class,
      StateCommand.Migrate.class
    })
public final class StateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  /** Shared: where the state is, and running with it. */
  abstract static class Base implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin RunOptions run;

    PrintWriter out() {
      return spec.commandLine().getOut();
    }

    @Override
    public Integer call() throws ConfigException {
      try (StateBackend state = StateFiles.open(run, System.getenv())) {
        return run(state);
      }
    }

    abstract int run(StateBackend state);

    /** Edits the stored state under its lock. */
    StateFile edit(StateBackend state, String op, UnaryOperator<StateFile> change) {
      try (StateBackend.Lock lock = state.lock(op, run.lockTimeout())) {
        return state.save(change.apply(StateFiles.existing(state)));
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the managed addresses.",
      footer = {
        "",
        "Examples:",
        "  ascform state list --sandbox -c examples/acme",
        "  ascform state list -c account/ --state state/acme.state.json"
      })
  static final class List extends Base {
    @Override
    int run(StateBackend state) {
      for (StateResource r : StateFiles.existing(state).resources()) {
        out().printf("%-44s %-12s %s%n", r.address(), r.appleId(), r.naturalKey());
      }
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show one managed resource.",
      footer = {
        "",
        "Examples:",
        "  ascform state show device.alice_iphone --sandbox -c examples/acme"
      })
  static final class Show extends Base {
    @Parameters(index = "0", paramLabel = "ADDR")
    String address;

    @Override
    int run(StateBackend state) {
      Address a = Address.parse(address);
      StateResource r =
          StateFiles.existing(state)
              .get(a)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no resource at " + a + " in the state " + state.location()));
      out().println("address:         " + r.address());
      out().println("apple_id:        " + r.appleId());
      out().println("natural_key:     " + r.naturalKey());
      out().println("prevent_destroy: " + r.preventDestroy());
      out().println("digest:          " + r.digest());
      out().println("attributes:      " + Digests.canonicalJson(r.attributes()));
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "rm",
      mixinStandardHelpOptions = true,
      description = "Forget an address; the live resource is left alone.",
      footer = {
        "",
        "Examples:",
        "  ascform state rm device.alice_iphone --sandbox -c examples/acme  # stays live"
      })
  static final class Rm extends Base {
    @Parameters(index = "0", paramLabel = "ADDR")
    String address;

    @Override
    int run(StateBackend state) {
      Address a = Address.parse(address);
      StateFile s =
          edit(
              state,
              "state rm",
              f -> {
                if (f.get(a).isEmpty()) {
                  throw new IllegalArgumentException(
                      "no resource at " + a + " in the state " + state);
                }
                return f.withRemoved(a);
              });
      out()
          .println(
              "Removed "
                  + a
                  + " from the state (serial "
                  + s.serial()
                  + "); the"
                  + " resource itself is left alone in the account.");
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "mv",
      mixinStandardHelpOptions = true,
      description = "Rename an address (after renaming its block in the config).",
      footer = {
        "",
        "Examples:",
        "  ascform state mv device.alice_iphone device.alices_phone \\",
        "      --sandbox -c examples/acme"
      })
  static final class Mv extends Base {
    @Parameters(index = "0", paramLabel = "FROM")
    String from;

    @Parameters(index = "1", paramLabel = "TO")
    String to;

    @Override
    int run(StateBackend state) {
      Address a = Address.parse(from);
      Address b = Address.parse(to);
      StateFile s = edit(state, "state mv", f -> f.withMoved(a, b));
      out().println("Moved " + a + " to " + b + " (serial " + s.serial() + ").");
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "pull",
      mixinStandardHelpOptions = true,
      description = "Print the stored state's JSON (from a file or a shared backend).",
      footer = {
        "",
        "Examples:",
        "  ascform state pull -c account/ --state postgresql://ci@db/ops > s.json"
      })
  static final class Pull extends Base {
    @Override
    int run(StateBackend state) {
      out().print(new StateCodec.Encoder().encode(StateFiles.existing(state)));
      out().flush();
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "push",
      mixinStandardHelpOptions = true,
      description =
          "Store a state file (as pulled and edited) in the backend: refused unless the"
              + " backend still holds that file's lineage and serial.",
      footer = {
        "",
        "Examples:",
        "  ascform state push s.json -c account/ --state postgresql://ci@db/ops"
      })
  static final class Push extends Base {
    @Parameters(index = "0", paramLabel = "FILE")
    java.nio.file.Path file;

    @Override
    int run(StateBackend state) {
      StateFile pushed;
      try {
        pushed = StateCodec.decode(java.nio.file.Files.readAllBytes(file), file.toString());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
      StateFile saved;
      try (StateBackend.Lock lock = state.lock("state push", run.lockTimeout())) {
        state
            .read()
            .ifPresent(
                stored -> {
                  if (!stored.target().sameAs(pushed.target())) {
                    throw new IllegalArgumentException(
                        "refusing to push "
                            + file
                            + ": it belongs to "
                            + pushed.target().describe()
                            + ", the stored state to "
                            + stored.target().describe());
                  }
                });
        saved = state.save(pushed);
      }
      out()
          .println(
              saved.serial() == pushed.serial()
                  ? "The state in "
                      + state.location()
                      + " already holds "
                      + file
                      + "'s content (serial "
                      + saved.serial()
                      + ")."
                  : "Pushed "
                      + file
                      + " to "
                      + state.location()
                      + " (serial "
                      + saved.serial()
                      + ").");
      return ExitCodes.OK;
    }
  }

  @Command(
      name = "migrate",
      mixinStandardHelpOptions = true,
      description =
          "Copy the state to another backend with its lineage and serial; refused if"
              + " the destination holds another lineage. The source is left as it was.",
      footer = {
        "",
        "Examples:",
        "  ascform state migrate -c account/ --to postgresql://ci@db.internal/ascform",
        "  ascform state migrate -c account/ --to https://gitlab.example.com/state/acme"
      })
  static final class Migrate extends Base {
    @picocli.CommandLine.Option(
        names = "--to",
        required = true,
        paramLabel = "URL|FILE",
        description = "The destination: postgresql://…, https://…, or a file.")
    String to;

    @Override
    int run(StateBackend from) {
      StateFile source = StateFiles.existing(from);
      StateFile copied;
      String where;
      try (StateBackend dest =
              StateLocation.open(
                  to, source.target().account(), source.target().apiIdentity(), System.getenv());
          StateBackend.Lock a = from.lock("state migrate", run.lockTimeout());
          StateBackend.Lock b = dest.lock("state migrate", run.lockTimeout())) {
        source = StateFiles.existing(from);
        copied = StateCopy.copy(source, dest);
        where = dest.location();
      }
      out()
          .println(
              "Copied the state (lineage "
                  + copied.lineage()
                  + ", serial "
                  + copied.serial()
                  + ", "
                  + copied.resources().size()
                  + " resources) from "
                  + from.location()
                  + " to "
                  + where
                  + ".");
      out()
          .println(
              "Next: run with --state "
                  + StateLocation.masked(to)
                  + " (or set "
                  + StateLocation.ENV
                  + ", or settings.state.url_env). "
                  + from.location()
                  + " is left as it was: remove it once every runner uses the new state.");
      return ExitCodes.OK;
    }
  }
}
