package dev.ascform.secrets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** Key pairs and CSRs for new certificates: RSA 2048, SHA256withRSA, as Apple requires. */
public final class KeyMaker {
  private KeyMaker() {}

  /** A new RSA 2048 key pair. */
  public static KeyPair rsa2048() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The base64 DER of a PKCS#10 request signed by the pair, subject {@code CN=commonName}. */
  public static String csr(KeyPair pair, String commonName) {
    try {
      PKCS10CertificationRequest req =
          new JcaPKCS10CertificationRequestBuilder(
                  new X500Principal("CN=" + commonName.replace(",", " ")), pair.getPublic())
              .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
      return Base64.getEncoder().encodeToString(req.getEncoded());
    } catch (OperatorCreationException | IOException e) {
      throw new IllegalStateException("cannot build the certificate signing request", e);
    }
  }

  /**
   * A self-signed stand-in certificate for a key pair whose real certificate Apple has not answered
   * with yet: PKCS#12 keeps a key only beside a certificate. Never sent anywhere.
   */
  public static X509Certificate placeholder(KeyPair pair) {
    try {
      X500Principal name = new X500Principal("CN=ascform pending certificate request");
      Date now = new Date();
      var builder =
          new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(
              name,
              java.math.BigInteger.ONE,
              now,
              new Date(now.getTime() + 86_400_000L),
              name,
              pair.getPublic());
      var holder =
          builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
      return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(holder);
    } catch (OperatorCreationException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot make the placeholder certificate", e);
    }
  }

  /** Parses Apple's base64 {@code certificateContent}. */
  public static X509Certificate certificate(String base64Der) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64Der)));
    } catch (GeneralSecurityException e) {
      throw new UncheckedIOException(new IOException("not a certificate: " + e.getMessage()));
    }
  }

  /** A certificate's serial as Apple prints it: upper-case hex. */
  public static String serial(X509Certificate c) {
    return c.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
  }
}
