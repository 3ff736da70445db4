package dev.ascform.sandbox.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class SandboxCaTest {
  private static final String LONG_TEAM =
      "The Extraordinarily Long Named Example Software Company of Springfield Incorporated";

  @Test
  void issuesACertificateForATeamNameLongerThanX520Allows() throws Exception {
    SandboxCa ca = new SandboxCa();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String cn = "Apple Distribution: " + LONG_TEAM + " (ABCDE12345)";
    SandboxCa.Issued issued =
        ca.issue(
            SandboxCa.generatedCsr(),
            cn,
            "ABCDE12345",
            LONG_TEAM,
            now,
            now.plus(1, ChronoUnit.DAYS));

    X509Certificate cert =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(issued.der()));
    String subject = cert.getSubjectX500Principal().getName();
    String commonName = subject.replaceAll(".*CN=([^,]*(?:\\\\,[^,]*)*),.*", "$1");
    assertThat(commonName)
        .hasSizeLessThanOrEqualTo(64)
        .startsWith("Apple Distribution: The Extraordinarily")
        .endsWith(" (ABCDE12345)");
    assertThat(subject).contains("O=The Extraordinarily Long Named Example Software Company of");
  }

  @Test
  void keepsNamesWithinTheBoundAsTheyAre() {
    assertThat(SandboxCa.bounded("Apple Development: Acme (ABCDE12345)"))
        .isEqualTo("Apple Development: Acme (ABCDE12345)");
    assertThat(SandboxCa.bounded("x".repeat(70))).hasSize(64);
  }
}
