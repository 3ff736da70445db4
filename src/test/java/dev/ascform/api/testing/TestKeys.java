package dev.ascform.api.testing;

import dev.ascform.api.auth.ApiCredentials;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/** Fresh P-256 keys generated at test time (no PEM private key is ever committed). */
public final class TestKeys {
  private TestKeys() {}

  public static KeyPair newKeyPair() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The private key in Apple's .p8 form (PEM PKCS#8). */
  public static String pkcs8Pem(KeyPair pair) {
    String b64 =
        Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded());
    return "-----BEGIN PRIVATE KEY-----\n" + b64 + "\n-----END PRIVATE KEY-----\n";
  }

  public static ECPrivateKey priv(KeyPair pair) {
    return (ECPrivateKey) pair.getPrivate();
  }

  public static ECPublicKey pub(KeyPair pair) {
    return (ECPublicKey) pair.getPublic();
  }

  /** Team-key credentials with a fresh key. */
  public static ApiCredentials credentials(KeyPair pair) {
    return new ApiCredentials(
        "KEYID12345", "69a6de70-03db-47e3-e053-5b8c7c11a4d1", priv(pair), "test");
  }
}
