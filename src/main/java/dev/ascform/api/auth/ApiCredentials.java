package dev.ascform.api.auth;

import java.security.interfaces.ECPrivateKey;
import java.util.Objects;

/**
 * An App Store Connect API key. {@link #toString()} never shows the key.
 *
 * @param keyId the 10-character key id ({@code kid})
 * @param issuerId the issuer UUID; null for an individual key (then {@code sub: user} is sent)
 * @param privateKey the P-256 private key from the {@code .p8} file
 * @param source where the credentials were found, for messages (e.g. {@code "environment (ASC_*)"})
 */
public record ApiCredentials(
    String keyId, String issuerId, ECPrivateKey privateKey, String source) {
  public ApiCredentials {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(privateKey, "privateKey");
  }

  /** True for an individual key (no issuer id). */
  public boolean individual() {
    return issuerId == null;
  }

  @Override
  public String toString() {
    return "ApiCredentials[keyId="
        + keyId
        + ", issuerId="
        + (issuerId == null ? "(individual key)" : issuerId)
        + ", privateKey=***, source="
        + source
        + "]";
  }
}
