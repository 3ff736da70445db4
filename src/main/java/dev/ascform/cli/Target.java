package dev.ascform.cli;

import dev.ascform.api.AscClient;
import dev.ascform.api.auth.AccountCredentialRefs;
import dev.ascform.api.auth.ApiCredentials;
import dev.ascform.api.auth.PrivateKeys;
import dev.ascform.model.CredentialRefs;
import dev.ascform.sandbox.LocalSandbox;
import dev.ascform.sandbox.TeamKey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The account a run talks to: Apple (credentials from flags, config references and environment) or
 * the local sandbox started in-process. Closing it stops the sandbox.
 */
final class Target implements AutoCloseable {
  private final AscClient client;
  private final String label;
  private final String apiUrl;
  private final String issuerId;
  private final LocalSandbox sandbox;

  private Target(
      AscClient client, String label, String apiUrl, String issuerId, LocalSandbox sandbox) {
    this.client = client;
    this.label = label;
    this.apiUrl = apiUrl;
    this.issuerId = issuerId;
    this.sandbox = sandbox;
  }

  static Target open(
      RunOptions run, CredentialRefs refs, Map<String, String> env, PrintWriter err) {
    if (run.sandbox) {
      LocalSandbox local = LocalSandbox.open(run.configPath(), run.sandboxHome());
      if (local.seedIgnored()) {
        err.println(LocalSandbox.SEED_IGNORED);
      }
      try {
        TeamKey key = local.teamKey();
        ApiCredentials creds =
            new ApiCredentials(
                key.keyId(),
                key.issuerId(),
                PrivateKeys.parsePem(key.privateKeyPem(), "the local sandbox key"),
                "local sandbox");
        var builder =
            AscClient.builder()
                .baseUrl(local.baseUrl())
                .credentials(creds)
                .maxConcurrency(run.api.concurrency());
        if (run.api.debug()) {
          builder.debugSink(
              line -> {
                err.println("debug: " + line);
                err.flush();
              });
        }
        AscClient client = builder.build();
        return new Target(client, LocalSandbox.TARGET, local.baseUrl(), key.issuerId(), local);
      } catch (RuntimeException e) {
        local.close();
        throw e;
      }
    }
    var builder = run.api.clientBuilder(env, accountRefs(refs), err);
    AscClient client = builder.build();
    ApiCredentials creds =
        run.api.credentials(env, accountRefs(refs), new PrintWriter(java.io.Writer.nullWriter()));
    return new Target(
        client, client.baseUrl().toString(), client.baseUrl().toString(), creds.issuerId(), null);
  }

  static AccountCredentialRefs accountRefs(CredentialRefs r) {
    return new AccountCredentialRefs(
        r.keyId().orElse(null),
        r.keyIdEnv().orElse(null),
        r.issuerId().orElse(null),
        r.issuerIdEnv().orElse(null),
        r.privateKeyPath().map(Path::toString).orElse(null),
        r.privateKeyEnv().orElse(null),
        r.apiKeyJson().map(Path::toString).orElse(null));
  }

  AscClient client() {
    return client;
  }

  /** "sandbox (no change reaches Apple)" or the API URL. */
  String label() {
    return label;
  }

  String apiUrl() {
    return apiUrl;
  }

  String issuerId() {
    return issuerId;
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
