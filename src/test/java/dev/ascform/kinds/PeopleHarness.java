package dev.ascform.kinds;

import dev.ascform.api.AscClient;
import dev.ascform.api.testing.TeamClients;
import dev.ascform.apply.Applier;
import dev.ascform.apply.ApplyResult;
import dev.ascform.config.ConfigLoader;
import dev.ascform.live.LiveReader;
import dev.ascform.model.DesiredState;
import dev.ascform.model.ResourceKind;
import dev.ascform.plan.Plan;
import dev.ascform.plan.PlanSettings;
import dev.ascform.plan.Planner;
import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import dev.ascform.secrets.SecretStore;
import dev.ascform.state.StateRecorder;
import dev.ascform.state.StateStore;
import dev.ascform.state.StateTarget;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A sandbox from a seed, a config directory, and the engine's plan and apply, in process. */
final class PeopleHarness implements AutoCloseable {
  final Sandbox sb;
  final AscClient client;
  final Path dir;
  private final StateStore store;

  /** The kinds of the last plan's run (made for its config, as a run makes them). */
  private List<KindOps<?, ?>> kinds = Kinds.all();

  PeopleHarness(Path dir, String seed) throws Exception {
    this.dir = dir;
    Path seedFile = dir.resolve("seed.yaml");
    Files.writeString(seedFile, seed);
    sb = Sandbox.start(SandboxOptions.defaults().withSeedFile(seedFile));
    var key = sb.teamKey();
    client = TeamClients.of(sb.baseUrl(), key);
    store =
        new StateStore(
            dir.resolve("state.json"),
            new StateTarget(sb.baseUrl().toString(), key.issuerId(), "t"));
  }

  /** Writes the config ({@code account} section added) and loads it. */
  DesiredState config(String yaml) throws Exception {
    Path cfg = dir.resolve("config");
    Files.createDirectories(cfg);
    Files.writeString(
        cfg.resolve("ascform.yaml"),
        "account:\n  name: t\n  credentials:\n"
            + "    key_id_env: K\n    issuer_id_env: I\n    private_key_env: P\n"
            + yaml);
    return new ConfigLoader(Map.of()).load(cfg).state();
  }

  Plan plan(DesiredState desired) {
    kinds = Kinds.all(new RunContext(desired, SecretStore.unconfigured()));
    var live = new LiveReader(client).read(kinds, desired);
    Set<String> prune = new HashSet<>();
    for (ResourceKind k : ResourceKind.values()) {
      if (desired.settings().prunes(k)) {
        prune.add(k.addressPrefix());
      }
    }
    return new Planner()
        .plan(live.snapshots(), store.load().managed(), new PlanSettings(prune, Set.of()));
  }

  ApplyResult apply(DesiredState desired, Plan plan) {
    Map<String, KindOps<?, ?>> byName = new TreeMap<>();
    for (KindOps<?, ?> k : kinds) {
      byName.put(k.name(), k);
    }
    StateRecorder recorder = new StateRecorder(store, store.load());
    return new Applier(
            client,
            byName,
            SecretStore.unconfigured(),
            recorder,
            4,
            new PrintWriter(new StringWriter()))
        .apply(plan);
  }

  @Override
  public void close() {
    sb.close();
  }
}
