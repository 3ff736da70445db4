package dev.ascform.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoreTest {
  @TempDir Path tmp;

  private static X509Certificate selfSigned(KeyPair pair) throws Exception {
    var holder =
        new JcaX509v3CertificateBuilder(
                new X500Name("CN=test"),
                BigInteger.valueOf(0xABCDEF),
                Date.from(Instant.now()),
                Date.from(Instant.now().plusSeconds(3600)),
                new X500Name("CN=test"),
                pair.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
    return (X509Certificate)
        CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
  }

  @Test
  void buildsARsa2048CsrSignedWithSha256() throws Exception {
    KeyPair pair = KeyMaker.rsa2048();
    PKCS10CertificationRequest csr =
        new PKCS10CertificationRequest(
            Base64.getDecoder().decode(KeyMaker.csr(pair, "ascform dev")));
    assertThat(csr.getSubject().toString()).isEqualTo("CN=ascform dev");
    assertThat(csr.getSignatureAlgorithm().getAlgorithm().getId())
        .isEqualTo("1.2.840.113549.1.1.11");
    assertThat(
            csr.isSignatureValid(
                new org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder()
                    .build(pair.getPublic())))
        .isTrue();
  }

  @Test
  void storesTheKeyEncryptedAndTheCertificateInTheClear() throws Exception {
    KeyPair pair = KeyMaker.rsa2048();
    X509Certificate cert = selfSigned(pair);
    SecretStore store = new SecretStore(tmp.resolve("s"), new Passphrase("pw-1"));
    store.put("dev", pair.getPrivate(), cert);
    assertThat(store.certificate("dev")).hasValue(cert);
    assertThat(KeyMaker.serial(store.certificate("dev").orElseThrow())).isEqualTo("ABCDEF");
    assertThat(store.open("dev").getKey(SecretStore.ALIAS, "pw-1".toCharArray()))
        .isEqualTo(pair.getPrivate());
    String body = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    assertThat(new String(Files.readAllBytes(store.p12("dev")), "ISO-8859-1"))
        .doesNotContain(body.substring(0, 64));
    SecretStore wrong = new SecretStore(tmp.resolve("s"), new Passphrase("nope"));
    assertThatThrownBy(() -> wrong.open("dev"))
        .isInstanceOf(SecretsException.class)
        .hasMessageContaining("wrong ASCFORM_SECRETS_PASSPHRASE");
  }

  @Test
  void refusesToStoreWithoutAPassphraseBeforeWritingAnything() throws Exception {
    SecretStore store = new SecretStore(tmp.resolve("s"), null);
    KeyPair pair = KeyMaker.rsa2048();
    assertThatThrownBy(() -> store.put("dev", pair.getPrivate(), selfSigned(pair)))
        .isInstanceOf(SecretsException.class)
        .hasMessageContaining("set ASCFORM_SECRETS_PASSPHRASE");
    assertThat(tmp.resolve("s")).doesNotExist();
    assertThat(store.certificate("dev")).isEmpty();
  }

  @Test
  void thePassphraseNeverPrints() {
    assertThat(new Passphrase("hunter2").toString()).doesNotContain("hunter2");
    assertThatThrownBy(() -> new Passphrase("")).hasMessageContaining("empty");
  }

  @Test
  void exportWritesTheP12AndTheCer() throws Exception {
    KeyPair pair = KeyMaker.rsa2048();
    X509Certificate cert = selfSigned(pair);
    SecretStore store = new SecretStore(tmp.resolve("s"), new Passphrase("pw"));
    store.put("dist", pair.getPrivate(), cert);
    var files = CertificateExport.write(store, "dist", tmp.resolve("out"));
    assertThat(files).containsExactly(tmp.resolve("out/dist.p12"), tmp.resolve("out/dist.cer"));
    assertThat(Files.readAllBytes(tmp.resolve("out/dist.cer"))).isEqualTo(cert.getEncoded());
    assertThatThrownBy(() -> CertificateExport.write(store, "other", tmp.resolve("out")))
        .hasMessageContaining("no private key for certificate other");
  }
}
