package dev.ascform.sandbox;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** Real PKCS#10 CSRs for tests (RSA 2048, generated once per JVM). */
final class Csrs {
  private static KeyPair rsa;

  private Csrs() {}

  static synchronized KeyPair keyPair() throws Exception {
    if (rsa == null) {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      rsa = g.generateKeyPair();
    }
    return rsa;
  }

  /** A PEM CSR signed with SHA256withRSA. */
  static String pem() {
    try {
      KeyPair kp = keyPair();
      byte[] der =
          new JcaPKCS10CertificationRequestBuilder(
                  new X500Principal("CN=ascform test, O=Acme, C=US"), kp.getPublic())
              .build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate()))
              .getEncoded();
      return "-----BEGIN CERTIFICATE REQUEST-----\n"
          + Base64.getMimeEncoder().encodeToString(der)
          + "\n-----END CERTIFICATE REQUEST-----\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String certificateBody(String type) {
    return "{\"data\":{\"type\":\"certificates\",\"attributes\":{\"certificateType\":\""
        + type
        + "\",\"csrContent\":"
        + TestApi.JSON.valueToTree(pem())
        + "}}}";
  }
}
