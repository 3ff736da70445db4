package dev.ascform.reliability;

import dev.ascform.api.AscClient;
import dev.ascform.api.auth.ApiCredentials;
import dev.ascform.api.auth.PrivateKeys;
import dev.ascform.apply.Applier;
import dev.ascform.apply.ApplyResult;
import dev.ascform.config.ConfigLoader;
import dev.ascform.kinds.KindOps;
import dev.ascform.kinds.Kinds;
import dev.ascform.kinds.RunContext;
import dev.ascform.live.LiveReader;
import dev.ascform.model.DesiredState;
import dev.ascform.plan.Plan;
import dev.ascform.plan.PlanSettings;
import dev.ascform.plan.Planner;
import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import dev.ascform.secrets.Passphrase;
import dev.ascform.secrets.SecretStore;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateRecorder;
import dev.ascform.state.StateStore;
import dev.ascform.state.StateTarget;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * examples/acme against its own seed, through the engine the CLI uses (live reader, planner,
 * applier, state store), in process, with a client that never sleeps between retries: faults cost
 * no wall time. Each run gets a new set of kinds, like the CLI.
 */
final class AcmeRig implements AutoCloseable {
  static final Path ACME = Path.of("examples/acme");

  final Sandbox sb;
  final AscClient client;
  final StateStore store;
  final SecretStore secrets;
  final DesiredState desired;
  final StringWriter log = new StringWriter();

  AcmeRig(Path dir, SandboxOptions options) throws Exception {
    sb = Sandbox.start(options.withSeedFile(ACME.resolve("sandbox-seed.yaml")));
    var key = sb.teamKey();
    client =
        AscClient.builder()
            .baseUrl(sb.baseUrl())
            .sleeper(d -> {})
            .credentials(
                new ApiCredentials(
                    key.keyId(),
                    key.issuerId(),
                    PrivateKeys.parsePem(key.privateKeyPem(), "rig"),
                    "rig"))
            .build();
    desired = new ConfigLoader(Map.of()).load(ACME).state();
    store =
        new StateStore(
            dir.resolve("acme.state.json"),
            new StateTarget(sb.baseUrl(), key.issuerId(), desired.account().name()));
    secrets = new SecretStore(dir.resolve("secrets"), new Passphrase("rig-passphrase"));
  }

  /** A fresh plan against the current state. */
  Plan plan() {
    return plan(Kinds.all(new RunContext(desired, secrets)));
  }

  private Plan plan(List<KindOps<?, ?>> kinds) {
    var live = new LiveReader(client).read(kinds, desired);
    Set<String> prune = new TreeSet<>();
    desired
        .settings()
        .prune()
        .forEach(
            (kind, on) -> {
              if (Boolean.TRUE.equals(on)) {
                prune.add(kind.addressPrefix());
              }
            });
    return new Planner()
        .plan(live.snapshots(), store.load().managed(), new PlanSettings(prune, Set.of()));
  }

  /** Plans and applies once with one set of kinds, as {@code apply --auto-approve} does. */
  ApplyResult applyOnce() {
    List<KindOps<?, ?>> kinds = Kinds.all(new RunContext(desired, secrets));
    Plan plan = plan(kinds);
    Map<String, KindOps<?, ?>> byName = new TreeMap<>();
    for (KindOps<?, ?> k : kinds) {
      byName.put(k.name(), k);
    }
    StateFile state = store.load();
    return new Applier(
            client, byName, secrets, new StateRecorder(store, state), 4, new PrintWriter(log, true))
        .apply(plan);
  }

  StateFile state() {
    return store.load();
  }

  @Override
  public void close() {
    sb.close();
  }
}
