package dev.ascform.cli;

import dev.ascform.api.AscClient;
import dev.ascform.api.auth.ApiCredentials;
import dev.ascform.api.auth.PrivateKeys;
import dev.ascform.sandbox.LocalSandbox;
import dev.ascform.sandbox.TeamKey;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The API a report command talks to: Apple (or {@code --api-url}) with the resolved credentials, or
 * with {@code --sandbox} a sandbox started in-process (data in {@code .ascform/sandbox/}, seeded
 * from {@code sandbox-seed.yaml} beside the {@code -c} config when given), closed afterwards.
 */
final class ReportTarget implements AutoCloseable {
  private final AscClient client;
  private final LocalSandbox sandbox;

  private ReportTarget(AscClient client, LocalSandbox sandbox) {
    this.client = client;
    this.sandbox = sandbox;
  }

  /** Opens the target; a sandbox keeps its data in {@code workDir/.ascform/sandbox}. */
  static ReportTarget open(
      ApiOptions api, ReportOutputOptions output, PrintWriter err, Path workDir) {
    if (!output.sandbox) {
      return new ReportTarget(
          api.clientBuilder(System.getenv(), ReportsRun.credentialRefs(output.config), err).build(),
          null);
    }
    LocalSandbox local =
        LocalSandbox.open(output.config != null ? output.config : workDir, workDir);
    if (local.seedIgnored()) {
      err.println(LocalSandbox.SEED_IGNORED);
    }
    TeamKey key = local.teamKey();
    ApiCredentials credentials =
        new ApiCredentials(
            key.keyId(),
            key.issuerId(),
            PrivateKeys.parsePem(key.privateKeyPem(), "the sandbox team key"),
            "sandbox");
    err.println("target: " + LocalSandbox.TARGET);
    return new ReportTarget(
        AscClient.builder().baseUrl(local.baseUrl()).credentials(credentials).build(), local);
  }

  AscClient client() {
    return client;
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
