package dev.ascform.api.auth;

/**
 * Credential-related command-line flags (all nullable).
 *
 * @param keyId {@code --key-id}
 * @param issuerId {@code --issuer-id}
 * @param privateKeyPath {@code --private-key}
 * @param apiKeyJson {@code --api-key-json}
 */
public record CredentialFlags(
    String keyId, String issuerId, String privateKeyPath, String apiKeyJson) {

  /** No flags given. */
  public static CredentialFlags none() {
    return new CredentialFlags(null, null, null, null);
  }
}
