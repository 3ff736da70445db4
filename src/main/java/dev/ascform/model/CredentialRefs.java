package dev.ascform.model;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the API key comes from: references only, never the key itself. Every field is optional; the
 * API client combines these with its command-line flags and environment defaults. Paths are already
 * resolved against the directory of the config file that declared them.
 *
 * @param keyId the key ID itself (not secret)
 * @param issuerId the issuer ID itself (not secret)
 * @param keyIdEnv name of an environment variable holding the key ID
 * @param issuerIdEnv name of an environment variable holding the issuer ID
 * @param privateKeyPath path of the {@code .p8} file
 * @param privateKeyEnv name of an environment variable holding the PEM text
 * @param apiKeyJson path of a fastlane API key JSON file ({@code {"key_id","issuer_id","key"}})
 */
public record CredentialRefs(
    Optional<String> keyId,
    Optional<String> issuerId,
    Optional<String> keyIdEnv,
    Optional<String> issuerIdEnv,
    Optional<Path> privateKeyPath,
    Optional<String> privateKeyEnv,
    Optional<Path> apiKeyJson) {
  public CredentialRefs {
    keyId = Copies.opt(keyId);
    issuerId = Copies.opt(issuerId);
    keyIdEnv = Copies.opt(keyIdEnv);
    issuerIdEnv = Copies.opt(issuerIdEnv);
    privateKeyPath = Copies.opt(privateKeyPath);
    privateKeyEnv = Copies.opt(privateKeyEnv);
    apiKeyJson = Copies.opt(apiKeyJson);
  }

  /** No references: the client falls back to its flags and environment variables. */
  public static CredentialRefs none() {
    return new CredentialRefs(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public boolean isEmpty() {
    return equals(none());
  }
}
