package dev.ascform.e2e;

import dev.ascform.api.AscClient;
import dev.ascform.api.testing.TeamClients;
import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The acme example against its seed in a sandbox behind a {@link FaultProxy}, with the sandbox's
 * team key written to a file for {@code --private-key}. The development certificate is adopted
 * instead of created: against a URL that is not {@code --sandbox}, creating one needs
 * ASCFORM_SECRETS_PASSPHRASE.
 */
final class ProxiedAcme implements AutoCloseable {
  final Workspace ws;
  final Sandbox sandbox;
  final FaultProxy proxy;
  final Path key;

  /** The state file the runs use. */
  final Path state;

  ProxiedAcme(Path tmp) throws Exception {
    state = tmp.resolve("s.json");
    ws = new Workspace(tmp);
    Edits.replace(
        ws.config.resolve("signing.yaml"),
        "type: DEVELOPMENT\n    manage: create",
        "type: DEVELOPMENT\n    manage: adopt");
    sandbox =
        Sandbox.start(
            SandboxOptions.defaults().withSeedFile(ws.config.resolve("sandbox-seed.yaml")));
    key = tmp.resolve("AuthKey.p8");
    sandbox.writePrivateKey(key);
    proxy = new FaultProxy(sandbox.baseUrl());
  }

  /** A client of the account through the proxy, with the team key (as ascform's commands use). */
  AscClient client() {
    var teamKey = sandbox.teamKey();
    return TeamClients.of(proxy.url(), teamKey);
  }

  /**
   * {@code ascform ARGS} on the acme config and {@link #state}, through the proxy, with the team
   * key.
   */
  Workspace.Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "-c",
            ws.config.toString(),
            "--state",
            state.toString(),
            "--api-url",
            proxy.url(),
            "--key-id",
            sandbox.teamKey().keyId(),
            "--issuer-id",
            sandbox.teamKey().issuerId(),
            "--private-key",
            key.toString()));
    return Workspace.run(all.toArray(String[]::new));
  }

  @Override
  public void close() {
    proxy.close();
    sandbox.close();
  }
}
