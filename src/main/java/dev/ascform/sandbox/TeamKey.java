package dev.ascform.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/**
 * The credentials a client uses to talk to a sandbox: key id, issuer id and the PKCS#8 PEM of the
 * P-256 private key (an App Store Connect team key). {@link #toString()} never shows the key.
 *
 * @param keyId the 10-character key id (JWT {@code kid})
 * @param issuerId the issuer UUID (JWT {@code iss})
 * @param privateKeyPem {@code -----BEGIN PRIVATE KEY-----} PEM; secret
 */
public record TeamKey(String keyId, String issuerId, String privateKeyPem) {

  @Override
  public String toString() {
    return "TeamKey[keyId=" + keyId + ", issuerId=" + issuerId + ", privateKeyPem=<hidden>]";
  }

  /** A generated key pair and the team key holding its private half. */
  record Generated(TeamKey teamKey, String publicKeyBase64) {
    @Override
    public String toString() {
      return "Generated[" + teamKey + "]";
    }
  }

  static Generated generate(String keyId, String issuerId) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair pair = generator.generateKeyPair();
      String body =
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(pair.getPrivate().getEncoded());
      String pem = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n";
      return new Generated(
          new TeamKey(keyId, issuerId, pem),
          Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate a P-256 key", e);
    }
  }
}
