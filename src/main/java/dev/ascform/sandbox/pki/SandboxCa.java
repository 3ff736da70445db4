package dev.ascform.sandbox.pki;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * The sandbox's certificate authority: it checks PKCS#10 certificate signing requests and issues
 * X.509 certificates for their public keys. The CA key is generated per process (P-256) and never
 * written anywhere; certificates issued before a restart stay stored but no longer chain to the new
 * CA, which no client of the API checks.
 */
public final class SandboxCa {
  /** An issued certificate. */
  public record Issued(String serialNumber, Instant notAfter, byte[] der) {}

  /** X.520's upper bound for common and organization names. */
  private static final int UB_NAME = 64;

  private final KeyPair caKey;
  private final X500Name caName;
  private final SecureRandom random = new SecureRandom();

  public SandboxCa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      this.caKey = generator.generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("cannot create the sandbox CA key", e);
    }
    this.caName =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.CN, "ascform Sandbox Developer Relations CA")
            .addRDN(BCStyle.OU, "ascform sandbox")
            .addRDN(BCStyle.O, "ascform")
            .addRDN(BCStyle.C, "US")
            .build();
  }

  /**
   * Parses a CSR given as PEM or base64 DER and checks its signature; throws
   * IllegalArgumentException.
   */
  public static PKCS10CertificationRequest parseCsr(String content) {
    try {
      String base64 = content.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
      PKCS10CertificationRequest csr =
          new PKCS10CertificationRequest(Base64.getDecoder().decode(base64));
      boolean valid =
          csr.isSignatureValid(
              new JcaContentVerifierProviderBuilder().build(csr.getSubjectPublicKeyInfo()));
      if (!valid) {
        throw new IllegalArgumentException("the CSR's signature does not verify");
      }
      return csr;
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalArgumentException(
          "not a PKCS#10 certificate signing request: " + e.getMessage(), e);
    }
  }

  /**
   * Issues a certificate for the CSR's public key with the given common name, valid until notAfter.
   */
  public Issued issue(
      PKCS10CertificationRequest csr,
      String commonName,
      String teamId,
      String teamName,
      Instant notBefore,
      Instant notAfter) {
    try {
      BigInteger serial = new BigInteger(63, random).add(BigInteger.ONE);
      X500Name subject =
          new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.UID, teamId)
              .addRDN(BCStyle.CN, bounded(commonName))
              .addRDN(BCStyle.OU, teamId)
              .addRDN(BCStyle.O, bounded(teamName))
              .addRDN(BCStyle.C, "US")
              .build();
      X509v3CertificateBuilder builder =
          new X509v3CertificateBuilder(
              caName,
              serial,
              Date.from(notBefore),
              Date.from(notAfter),
              subject,
              csr.getSubjectPublicKeyInfo());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      ContentSigner signer =
          new JcaContentSignerBuilder("SHA256withECDSA").build(caKey.getPrivate());
      X509CertificateHolder holder = builder.build(signer);
      return new Issued(
          serial.toString(16).toUpperCase(Locale.ROOT), notAfter, holder.getEncoded());
    } catch (Exception e) {
      throw new IllegalStateException("cannot issue a certificate", e);
    }
  }

  /**
   * A name cut to X.520's upper bound of 64 characters for a common or organization name (Bouncy
   * Castle refuses longer ones). A trailing {@code " (TEAMID)"} is kept: the team name before it is
   * shortened, as in {@code "Apple Distribution: A Very Long Team Na (ABCDE12345)"}.
   */
  static String bounded(String name) {
    if (name.length() <= UB_NAME) {
      return name;
    }
    int open = name.lastIndexOf(" (");
    if (open > 0 && name.endsWith(")") && name.length() - open < UB_NAME / 2) {
      String suffix = name.substring(open);
      return name.substring(0, UB_NAME - suffix.length()).stripTrailing() + suffix;
    }
    return name.substring(0, UB_NAME);
  }

  /** A CSR for a freshly generated P-256 key (for seeded certificates, whose keys nobody holds). */
  public static PKCS10CertificationRequest generatedCsr() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair pair = generator.generateKeyPair();
      return new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder(
              new javax.security.auth.x500.X500Principal("CN=seeded"), pair.getPublic())
          .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate()));
    } catch (Exception e) {
      throw new IllegalStateException("cannot create a CSR", e);
    }
  }

  /** The CA certificate's subject, for documentation and tests. */
  public String name() {
    return new String(caName.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }
}
