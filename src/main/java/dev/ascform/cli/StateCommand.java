package dev.ascform.cli;

import dev.ascform.diag.ConfigException;
import dev.ascform.plan.Address;
import dev.ascform.plan.Digests;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateBackend;
import dev.ascform.state.StateResource;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ascform state list|show|rm|mv}: read and edit the state file. Nothing here talks to the
 * account: {@code rm} forgets an address and leaves the live resource alone.
 */
@Command(name = "state", mixinStandardHelpOptions = true,
    description = "List, show, forget (rm) or rename (mv) managed resources in the state.",
    footer = {
      "",
      "Examples:",
      "  ascform state list --sandbox -c examples/acme",
      "  ascform state mv device.alice_iphone device.alices_phone -c account/"
    },
    subcommands = {StateCommand.List.class, StateCommand.Show.class, StateCommand.Rm.class,
        StateCommand.Mv.class})
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
    public Integer call() {
      try (StateBackend state = StateFiles.open(run, System.getenv())) {
        return run(state);
      } catch (ConfigException e) {
        return Session.configError(e, spec.commandLine().getErr());
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

  @Command(name = "list", mixinStandardHelpOptions = true,
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

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show one managed resource.",
      footer = {
        "",
        "Examples:",
        "  ascform state show device.alice_iphone --sandbox -c examples/acme"
      })
  static final class Show extends Base {
    @Parameters(index = "0", paramLabel = "ADDR") String address;

    @Override
    int run(StateBackend state) {
      Address a = Address.parse(address);
      StateResource r = StateFiles.existing(state).get(a).orElseThrow(() ->
          new IllegalArgumentException("no resource at " + a + " in the state " + state.location()));
      out().println("address:         " + r.address());
      out().println("apple_id:        " + r.appleId());
      out().println("natural_key:     " + r.naturalKey());
      out().println("prevent_destroy: " + r.preventDestroy());
      out().println("digest:          " + r.digest());
      out().println("attributes:      " + Digests.canonicalJson(r.attributes()));
      return ExitCodes.OK;
    }
  }

  @Command(name = "rm", mixinStandardHelpOptions = true,
      description = "Forget an address; the live resource is left alone.",
      footer = {
        "",
        "Examples:",
        "  ascform state rm device.alice_iphone --sandbox -c examples/acme  # stays live"
      })
  static final class Rm extends Base {
    @Parameters(index = "0", paramLabel = "ADDR") String address;

    @Override
    int run(StateBackend state) {
      Address a = Address.parse(address);
      StateFile s = edit(state, "state rm", f -> {
        if (f.get(a).isEmpty()) {
          throw new IllegalArgumentException("no resource at " + a + " in the state " + state);
        }
        return f.withRemoved(a);
      });
      out().println("Removed " + a + " from the state (serial " + s.serial() + "); the"
          + " resource itself is left alone in the account.");
      return ExitCodes.OK;
    }
  }

  @Command(name = "mv", mixinStandardHelpOptions = true,
      description = "Rename an address (after renaming its block in the config).",
      footer = {
        "",
        "Examples:",
        "  ascform state mv device.alice_iphone device.alices_phone \\",
        "      --sandbox -c examples/acme"
      })
  static final class Mv extends Base {
    @Parameters(index = "0", paramLabel = "FROM") String from;
    @Parameters(index = "1", paramLabel = "TO") String to;

    @Override
    int run(StateBackend state) {
      Address a = Address.parse(from);
      Address b = Address.parse(to);
      StateFile s = edit(state, "state mv", f -> f.withMoved(a, b));
      out().println("Moved " + a + " to " + b + " (serial " + s.serial() + ").");
      return ExitCodes.OK;
    }
  }
}
