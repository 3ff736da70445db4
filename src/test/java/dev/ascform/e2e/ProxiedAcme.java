package dev.ascform.e2e;

import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.nio.file.Path;

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

  ProxiedAcme(Path tmp) throws Exception {
    ws = new Workspace(tmp);
    Edits.replace(ws.config.resolve("signing.yaml"), "type: DEVELOPMENT\n    manage: create",
        "type: DEVELOPMENT\n    manage: adopt");
    sandbox = Sandbox.start(SandboxOptions.defaults()
        .withSeedFile(ws.config.resolve("sandbox-seed.yaml")));
    key = tmp.resolve("AuthKey.p8");
    sandbox.writePrivateKey(key);
    proxy = new FaultProxy(sandbox.baseUrl());
  }

  @Override
  public void close() {
    proxy.close();
    sandbox.close();
  }
}
