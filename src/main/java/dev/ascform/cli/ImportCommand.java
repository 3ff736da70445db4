package dev.ascform.cli;

import dev.ascform.api.AscClient;
import dev.ascform.diag.ConfigException;
import dev.ascform.kinds.KindOps;
import dev.ascform.kinds.Kinds;
import dev.ascform.kinds.WriteContext;
import dev.ascform.plan.Address;
import dev.ascform.plan.Desired;
import dev.ascform.secrets.SecretStore;
import dev.ascform.state.StateBackend;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateResource;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ascform import ADDR ID}: records an existing resource (by its Apple id) under an address
 * the config declares, without changing the account. The next plan shows any difference.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Record an existing resource under an address, by its Apple id.",
    footer = {
      "",
      "Examples:",
      "  ascform import device.alice_iphone DEVICE0001 --sandbox -c examples/acme",
      "  ascform import bundle_id.notes_app 7ZB2NV3A6C -c account/"
    })
public final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin RunOptions run;

  @Parameters(index = "0", paramLabel = "ADDR", description = "e.g. device.alice_iphone")
  String address;

  @Parameters(index = "1", paramLabel = "ID", description = "Apple's id of the resource")
  String appleId;

  @Override
  public Integer call() throws ConfigException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Address a = Address.parse(address);
    KindOps<?, ?> kind =
        Kinds.get(a.kind())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown resource kind \"" + a.kind() + "\" in " + a));
    try (Session s = Session.open(run, System.getenv(), err);
        StateBackend.Lock lock = s.backend().lock("import", run.lockTimeout())) {
      Desired<?> d = s.desiredByAddress().get(a);
      if (d == null) {
        throw new IllegalArgumentException(
            a + " is not declared in the configuration: add its" + " block first, then import it");
      }
      StateFile state = s.load();
      if (state.get(a).isPresent()) {
        throw new IllegalArgumentException(
            a
                + " is already managed (Apple id "
                + state.get(a).get().appleId()
                + "); `ascform state rm "
                + a
                + "` first");
      }
      StateResource r = read(kind, s, a, d);
      StateFile saved = s.backend().save(state.withResource(r));
      out.println(
          "Imported "
              + a
              + " ("
              + r.naturalKey()
              + ", Apple id "
              + appleId
              + ") into "
              + s.stateLocation()
              + " (serial "
              + saved.serial()
              + ")."
              + " Run plan to see any difference from the configuration.");
      return ExitCodes.OK;
    }
  }

  private <D, L> StateResource read(KindOps<D, L> kind, Session s, Address a, Desired<?> d) {
    WriteContext ctx =
        new WriteContext() {
          @Override
          public AscClient client() {
            return s.target().client();
          }

          @Override
          public String appleIdOf(Address dependency) {
            throw new IllegalStateException("import writes nothing");
          }

          @Override
          public SecretStore secrets() {
            return s.secrets();
          }
        };
    L live =
        kind.reread(ctx, appleId, null)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no " + kind.noun() + " with Apple id " + appleId + " in the account"));
    @SuppressWarnings("unchecked")
    D desired = (D) d.resource();
    if (!kind.naturalKey(desired).equals(kind.liveNaturalKey(live))) {
      throw new IllegalArgumentException(
          appleId
              + " is "
              + kind.liveNaturalKey(live)
              + ", but "
              + a
              + " declares "
              + kind.naturalKey(desired)
              + "; import the matching resource");
    }
    return StateResource.applied(
        a, appleId, kind.liveNaturalKey(live), kind.liveAttributes(live), d.preventDestroy());
  }
}
