package dev.ascform.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.concurrent.Futures;
import dev.ascform.diag.ConfigException;
import dev.ascform.diag.Diagnostics;
import dev.ascform.diag.SourcePos;
import dev.ascform.model.AccountSpec;
import dev.ascform.model.AppSpec;
import dev.ascform.model.BetaGroupSpec;
import dev.ascform.model.BundleIdSpec;
import dev.ascform.model.CertificateSpec;
import dev.ascform.model.DesiredState;
import dev.ascform.model.DeviceSpec;
import dev.ascform.model.ProfileSpec;
import dev.ascform.model.ResourceKind;
import dev.ascform.model.Settings;
import dev.ascform.model.UserSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads a config (a YAML file or a directory of them) into a {@link DesiredState}: parses each file
 * safely, expands {@code ${ENV}}, merges the files, validates against the JSON Schema, resolves
 * references and runs the semantic checks. Every problem is collected; if any is an error, a {@link
 * ConfigException} carries them all. No network, no side effects.
 *
 * <pre>{@code
 * LoadedConfig config = new ConfigLoader().load(Path.of("examples/acme"));
 * DesiredState desired = config.state();
 * }</pre>
 */
public final class ConfigLoader {
  private final EnvExpander env;

  /** A loader that expands {@code ${NAME}} from the process environment. */
  public ConfigLoader() {
    this(System.getenv());
  }

  /** A loader that expands {@code ${NAME}} from {@code env} only (tests inject it). */
  public ConfigLoader(Map<String, String> env) {
    this.env = new EnvExpander(env);
  }

  /**
   * Convenience for callers that do not show warnings: loads {@code path} with the process
   * environment and returns only the desired state.
   *
   * @throws ConfigException carrying every error (and warning) found, sorted by position
   */
  public static DesiredState loadState(Path path) throws ConfigException {
    return new ConfigLoader().load(path).state();
  }

  /**
   * Loads and checks the config at {@code path}.
   *
   * @throws ConfigException carrying every error (and warning) found, sorted by position
   */
  public LoadedConfig load(Path path) throws ConfigException {
    List<Path> files = ConfigFiles.resolve(path);
    Diagnostics diags = new Diagnostics();
    Merger merger = new Merger(diags);
    boolean allRead = true;
    for (Parsed p : parseAll(files)) {
      diags.addAll(p.diags().sorted());
      if (p.tree() != null) {
        merger.add(p.tree(), p.positions(), SourcePos.startOf(p.file()));
      }
      allRead &= p.tree() != null && p.tree().isObject();
    }
    Positions positions = merger.positions();
    SchemaCheck.check(merger.root(), positions, diags);
    DesiredState state = build(merger.root(), positions, diags, files, allRead);
    diags.throwIfErrors();
    return new LoadedConfig(state, diags.warnings(), appReferences(state, positions));
  }

  private static List<AppReference> appReferences(DesiredState state, Positions positions) {
    List<AppReference> out = new ArrayList<>();
    state
        .apps()
        .values()
        .forEach(
            a ->
                out.add(
                    new AppReference(
                        "apps." + a.key() + ".bundle_id",
                        a.key(),
                        a.bundleId(),
                        positions.value(CheckContext.pointer(a, "bundle_id")))));
    for (UserSpec u : state.users().values()) {
      for (int i = 0; !u.allAppsVisible() && i < u.visibleApps().size(); i++) {
        AppSpec a = state.apps().get(u.visibleApps().get(i));
        out.add(
            new AppReference(
                "users." + u.key() + ".visible_apps[" + i + "]",
                a.key(),
                a.bundleId(),
                positions.value(CheckContext.pointer(u, "visible_apps", i))));
      }
    }
    for (BetaGroupSpec g : state.betaGroups().values()) {
      AppSpec a = state.appOf(g);
      out.add(
          new AppReference(
              "beta_groups." + g.key() + ".app",
              a.key(),
              a.bundleId(),
              positions.value(CheckContext.pointer(g, "app"))));
    }
    return out;
  }

  /** One file parsed and converted, with its own diagnostics. */
  private record Parsed(Path file, JsonNode tree, Positions positions, Diagnostics diags) {}

  private Parsed parse(Path file) {
    Diagnostics fileDiags = new Diagnostics();
    Positions filePositions = new Positions();
    JsonNode tree =
        YamlParser.parse(file, fileDiags)
            .map(node -> new NodeConverter(file, fileDiags, env, filePositions).convert(node))
            .orElse(null);
    return new Parsed(file, tree, filePositions, fileDiags);
  }

  /**
   * Every file parsed, in the order given. Files are independent until they are merged, so a config
   * of several files is parsed on up to as many threads as there are cores, largest file first,
   * while the JSON Schema loads beside them (a large account's config is megabytes of YAML: about
   * half of a plan's start).
   */
  private List<Parsed> parseAll(List<Path> files) {
    if (files.size() <= 1) {
      return files.stream().map(this::parse).toList();
    }
    int threads = Math.min(files.size(), Math.max(1, Runtime.getRuntime().availableProcessors()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "ascform-config");
              t.setDaemon(true);
              return t;
            });
    try {
      pool.execute(SchemaCheck::load);
      Map<Path, Future<Parsed>> byFile = new HashMap<>();
      files.stream()
          .sorted(Comparator.comparingLong(ConfigLoader::size).reversed())
          .forEach(f -> byFile.put(f, pool.submit(() -> parse(f))));
      List<Parsed> out = new ArrayList<>();
      for (Path f : files) {
        out.add(Futures.join(byFile.get(f), "reading the config"));
      }
      return out;
    } finally {
      pool.shutdown();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // the parse reports it
    }
  }

  private static DesiredState build(
      JsonNode root, Positions positions, Diagnostics diags, List<Path> files, boolean allRead) {
    ModelReader reader = new ModelReader(root, positions);
    SigningBuilders signing = new SigningBuilders(positions);
    PeopleBuilders people = new PeopleBuilders(positions);
    SortedMap<String, AppSpec> apps = reader.apps();
    SortedMap<String, BundleIdSpec> bundleIds =
        reader.section(ResourceKind.BUNDLE_ID, signing::bundleId);
    SortedMap<String, DeviceSpec> devices = reader.section(ResourceKind.DEVICE, signing::device);
    SortedMap<String, CertificateSpec> certs =
        reader.section(ResourceKind.CERTIFICATE, signing::certificate);
    SortedMap<String, ProfileSpec> profiles =
        reader.section(ResourceKind.PROFILE, signing::profile);
    SortedMap<String, UserSpec> users = reader.section(ResourceKind.USER, people::user);
    SortedMap<String, BetaGroupSpec> groups =
        reader.section(ResourceKind.BETA_GROUP, people::betaGroup);
    Settings settings = reader.settings();

    CheckContext ctx = new CheckContext(root, positions, diags);
    IdentifierChecks ids = new IdentifierChecks(ctx);
    ids.apps(apps.values());
    ids.bundleIds(bundleIds.values());
    DeviceChecks deviceChecks = new DeviceChecks(ctx);
    deviceChecks.devices(devices.values());
    deviceChecks.certificates(certs.values());
    new ProfileChecks(ctx, bundleIds, certs, devices).check(profiles);
    PeopleChecks peopleChecks = new PeopleChecks(ctx);
    peopleChecks.users(users.values(), settings);
    peopleChecks.betaGroups(groups.values(), users.values());

    Optional<AccountSpec> account = reader.account();
    if (account.isEmpty()) {
      if (!root.has("account") && allRead) {
        diags.error(
            SourcePos.startOf(files.get(0)),
            "no 'account' section: declare account.name"
                + " (it names the state file), e.g. 'account: {name: acme}'");
      }
      return null;
    }
    return new DesiredState(
        account.get(), apps, bundleIds, devices, certs, profiles, users, groups, settings, files);
  }
}
