package dev.ascform.cli;

import dev.ascform.api.AscClient;
import dev.ascform.api.AscClientBuilder;
import dev.ascform.api.BaseUrl;
import dev.ascform.api.auth.AccountCredentialRefs;
import dev.ascform.api.auth.ApiCredentials;
import dev.ascform.api.auth.CredentialFlags;
import dev.ascform.api.auth.CredentialResolver;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The App Store Connect client flags, mixed into every command that talks to the API ({@code @Mixin
 * ApiOptions api;}). Credentials resolve in the order documented on {@link CredentialResolver}; the
 * URL from {@code --api-url}, then {@code ASC_API_URL}.
 */
public final class ApiOptions {
  // Fields keep their defaults in Java too: commands that never talk to an account drop these
  // options (OptionScope), and picocli then applies no default values to them.
  @Option(names = "--key-id", paramLabel = "ID", description = "API key id (else ASC_KEY_ID, …)")
  String keyId;

  @Option(
      names = "--issuer-id",
      paramLabel = "UUID",
      description = "API key issuer id; omit for an individual key")
  String issuerId;

  @Option(names = "--private-key", paramLabel = "FILE", description = "the AuthKey_<id>.p8 file")
  String privateKey;

  @Option(
      names = "--api-key-json",
      paramLabel = "FILE",
      description = "fastlane API key JSON {key_id, issuer_id, key}")
  String apiKeyJson;

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      description =
          "API base URL: https://host[:port], or http://127.0.0.1:PORT for a sandbox; a trailing"
              + " /v1 is dropped (else ASC_API_URL, else Apple)")
  String apiUrl;

  @Option(
      names = "--debug",
      description = "log method, URL, status and duration of every request to stderr")
  boolean debug;

  @Option(
      names = "--connect-timeout",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "connect timeout (default ${DEFAULT-VALUE} s)")
  int connectTimeoutSeconds = 10;

  @Option(
      names = "--request-timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "request timeout (default ${DEFAULT-VALUE} s)")
  int requestTimeoutSeconds = 60;

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "4",
      description =
          "requests in flight at once; apply also makes at most N changes at once"
              + " (default ${DEFAULT-VALUE})")
  int concurrency = 4;

  /** The former name of {@code --concurrency}, still accepted. */
  @Option(
      names = "--max-concurrency",
      paramLabel = "N",
      hidden = true,
      description = "the former name of --concurrency")
  Integer formerConcurrency;

  /** The credential flags as given. */
  public CredentialFlags credentialFlags() {
    return new CredentialFlags(keyId, issuerId, privateKey, apiKeyJson);
  }

  /** The base URL from {@code --api-url} or {@code env}. */
  public URI baseUrl(Map<String, String> env) {
    return BaseUrl.resolve(apiUrl, env);
  }

  /** Resolves credentials; warnings (e.g. a shared key file) go to {@code err}. */
  public ApiCredentials credentials(
      Map<String, String> env, AccountCredentialRefs account, PrintWriter err) {
    return new CredentialResolver(env, line -> err.println(line))
        .resolve(credentialFlags(), account);
  }

  /** A builder configured from these flags; {@code --debug} lines go to {@code err}. */
  public AscClientBuilder clientBuilder(
      Map<String, String> env, AccountCredentialRefs account, PrintWriter err) {
    AscClientBuilder b =
        AscClient.builder()
            .baseUrl(baseUrl(env))
            .credentials(credentials(env, account, err))
            .connectTimeout(Duration.ofSeconds(connectTimeoutSeconds))
            .requestTimeout(Duration.ofSeconds(requestTimeoutSeconds))
            .maxConcurrency(concurrency());
    if (debug) {
      b.debugSink(
          line -> {
            err.println("debug: " + line);
            err.flush();
          });
    }
    return b;
  }

  /** {@code --concurrency}: requests in flight at once (and, for apply, changes at once). */
  public int concurrency() {
    return formerConcurrency != null ? formerConcurrency : concurrency;
  }

  /** True when {@code --debug} was given. */
  public boolean debug() {
    return debug;
  }
}
