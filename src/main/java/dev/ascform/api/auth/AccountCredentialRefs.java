package dev.ascform.api.auth;

/**
 * Where the config's {@code account} says the credentials are. Every field is nullable; a literal
 * value wins over its {@code *Env} counterpart (the name of an environment variable).
 *
 * @param keyId the key id itself
 * @param keyIdEnv name of an environment variable holding the key id
 * @param issuerId the issuer id itself (absent for individual keys)
 * @param issuerIdEnv name of an environment variable holding the issuer id
 * @param privateKeyPath path of the {@code .p8} file
 * @param privateKeyEnv name of an environment variable holding the PEM, or a path to it
 * @param apiKeyJson path of a fastlane API key JSON file
 */
public record AccountCredentialRefs(
    String keyId,
    String keyIdEnv,
    String issuerId,
    String issuerIdEnv,
    String privateKeyPath,
    String privateKeyEnv,
    String apiKeyJson) {

  /** No references at all. */
  public static AccountCredentialRefs none() {
    return new AccountCredentialRefs(null, null, null, null, null, null, null);
  }
}
