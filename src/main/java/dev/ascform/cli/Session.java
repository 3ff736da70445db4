package dev.ascform.cli;

import dev.ascform.config.AppReference;
import dev.ascform.config.ConfigLoader;
import dev.ascform.config.LoadedConfig;
import dev.ascform.diag.ConfigException;
import dev.ascform.diag.Diagnostic;
import dev.ascform.kinds.DesiredCodec;
import dev.ascform.kinds.KindOps;
import dev.ascform.kinds.Kinds;
import dev.ascform.kinds.RunContext;
import dev.ascform.live.LiveReader;
import dev.ascform.live.LiveState;
import dev.ascform.model.DesiredState;
import dev.ascform.plan.Address;
import dev.ascform.plan.Desired;
import dev.ascform.plan.Digests;
import dev.ascform.plan.Plan;
import dev.ascform.plan.PlanOrigin;
import dev.ascform.plan.PlanSettings;
import dev.ascform.plan.PlanWarning;
import dev.ascform.plan.Planner;
import dev.ascform.secrets.SecretStore;
import dev.ascform.state.StateBackend;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One run against one account: the loaded config, the target, the state backend. Commands open a
 * session, ask it for a plan, and close it (which stops a local sandbox).
 */
final class Session implements AutoCloseable {
  private final RunOptions run;
  private final DesiredState desired;
  private final List<AppReference> appReferences;
  private final LoadedConfig loaded;
  private final Target target;
  private final StateBackend backend;
  private final StateTarget stateTarget;

  /** Whether the last {@link #load()} found a stored state (an empty one is new each load). */
  private boolean stateExists;

  /** This run's own kinds, made with its secret store. */
  private final List<KindOps<?, ?>> kinds;

  /** This run's secret store (created certificates' keys). */
  private final SecretStore secrets;

  private LiveState lastRead;
  private PrintWriter err;

  private Session(
      RunOptions run,
      LoadedConfig loaded,
      Target target,
      StateBackend backend,
      SecretStore secrets) {
    this.secrets = secrets;
    this.kinds = Kinds.all(new RunContext(loaded.state(), secrets));
    this.run = run;
    this.loaded = loaded;
    this.desired = loaded.state();
    this.appReferences = loaded.appReferences();
    this.target = target;
    this.backend = backend;
    this.stateTarget =
        new StateTarget(target.apiUrl(), target.issuerId(), desired.account().name());
  }

  /**
   * Loads the config (warnings to {@code err}) and opens the target.
   *
   * @throws ConfigException with every diagnostic when the config is invalid
   */
  static Session open(RunOptions run, Map<String, String> env, PrintWriter err)
      throws ConfigException {
    LoadedConfig loaded = new ConfigLoader(env).load(run.configPath());
    Path cwd = Path.of("").toAbsolutePath();
    loaded.warnings().forEach(d -> err.println(d.render(cwd)));
    DesiredState desired = loaded.state();
    String account = desired.account().name();
    String spec = run.stateSpec(account, desired.settings().stateUrlEnv(), env);
    Target target = Target.open(run, desired.account().credentials(), env, err);
    try {
      SecretStore secrets =
          SecretsSetup.store(run.statePath(account), run.secretsDir, run.sandbox, env, err);
      StateBackend backend =
          StateLocation.open(
              spec,
              account,
              new StateTarget(target.apiUrl(), target.issuerId(), account).apiIdentity(),
              env);
      Session s = new Session(run, loaded, target, backend, secrets);
      s.err = err;
      return s;
    } catch (RuntimeException e) {
      target.close();
      throw e;
    }
  }

  DesiredState desired() {
    return desired;
  }

  /** This run's secret store. */
  SecretStore secrets() {
    return secrets;
  }

  Target target() {
    return target;
  }

  /** Where the state lives. */
  StateBackend backend() {
    return backend;
  }

  /** The stored state for this run's target, or a new empty one. */
  StateFile load() {
    StateFile s = backend.load(stateTarget);
    stateExists = s.serial() > 0;
    return s;
  }

  /** Where the state is, safe to print. */
  String stateLocation() {
    return backend.location();
  }

  /**
   * Reads the account and plans against {@code state}.
   *
   * @throws ConfigException when the config names apps the account does not have (apps cannot be
   *     created, so such a plan would fail half-way through apply)
   */
  Plan plan(StateFile state, PlanSettings settings) throws ConfigException {
    lastRead = new LiveReader(target.client()).read(kinds, desired);
    if (err != null) {
      lastRead.warnings().forEach(w -> err.println("warning: " + w));
    }
    if (!appReferences.isEmpty()) { // the people kinds read the apps: no request of its own
      List<Diagnostic> missing =
          loaded.missingApps(new HashSet<>(target.client().lookups().appBundleIds().values()));
      if (!missing.isEmpty()) {
        throw new ConfigException(missing);
      }
    }
    return new Planner()
        .plan(lastRead.snapshots(), state.managed(), settings)
        .withStats(lastRead.stats())
        .withOrigin(new PlanOrigin(target.label(), desired.account().name()))
        .withWarnings(
            lastRead.warnings().stream()
                .map(w -> new PlanWarning("apple_data", null, w, Map.of()))
                .toList());
  }

  /**
   * The lineage a saved plan records and checks: the state's, or {@code "none"} while no state is
   * stored yet (an empty state's lineage is new on every load).
   */
  String lineage(StateFile state) {
    return stateExists ? state.lineage() : "none";
  }

  /** The last read's summary line. */
  String readLine() {
    return lastRead == null ? "" : lastRead.describe();
  }

  /** {@code target: ... · account: ... · state: FILE (serial N)}. */
  String header(StateFile state) {
    return "target: "
        + target.label()
        + " · account: "
        + desired.account().name()
        + " · state: "
        + backend.location()
        + (stateExists ? " (serial " + state.serial() + ")" : " (new)");
  }

  /** The JSON form of this run's kinds' desired values, for plan files. */
  DesiredCodec desiredCodec() {
    return new DesiredCodec(kinds);
  }

  /**
   * Every desired resource of every kind, by address, as the configuration declares it (not
   * resolved against the account). For {@code import}, which checks what an address declares; apply
   * never uses it (it writes the plan's own values).
   */
  Map<Address, Desired<?>> desiredByAddress() {
    Map<Address, Desired<?>> out = new TreeMap<>();
    for (KindOps<?, ?> k : kinds) {
      out.putAll(k.desired(desired));
    }
    return out;
  }

  /** This run's kinds by name (the same instances that read and planned). */
  Map<String, KindOps<?, ?>> kindsByName() {
    Map<String, KindOps<?, ?>> out = new TreeMap<>();
    kinds.forEach(k -> out.put(k.name(), k));
    return out;
  }

  /** The digest of the config files' content, for plan files. */
  String configDigest() {
    Map<String, Object> files = new TreeMap<>();
    for (Path f : desired.files()) {
      try {
        files.put(f.getFileName().toString(), Files.readString(f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Digests.of(files);
  }

  RunOptions options() {
    return run;
  }

  @Override
  public void close() {
    try {
      backend.close();
    } finally {
      target.close();
    }
  }
}
