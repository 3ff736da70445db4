package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against an API URL (as against Apple), a plan that creates a certificate is refused without
 * ASCFORM_SECRETS_PASSPHRASE before anything is written (this test's JVM has none set).
 */
class PassphraseRequiredTest {
  @TempDir Path tmp;

  @Test
  void aCertificateIsNeverCreatedWithoutAPassphraseOutsideTheSandbox() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getenv("ASCFORM_SECRETS_PASSPHRASE") == null);
    Workspace ws = new Workspace(tmp);
    try (Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.defaults().withSeedFile(ws.config.resolve("sandbox-seed.yaml")))) {
      Path key = tmp.resolve("AuthKey.p8");
      sandbox.writePrivateKey(key);
      Workspace.Run r =
          Workspace.run(
              "apply",
              "--auto-approve",
              "-c",
              ws.config.toString(),
              "--state",
              tmp.resolve("s.json").toString(),
              "--api-url",
              sandbox.baseUrl(),
              "--key-id",
              sandbox.teamKey().keyId(),
              "--issuer-id",
              sandbox.teamKey().issuerId(),
              "--private-key",
              key.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err())
          .contains(
              "this plan creates a certificate, whose private key must be"
                  + " stored encrypted: set ASCFORM_SECRETS_PASSPHRASE");
      assertThat(r.err()).doesNotContain("sandbox-only default passphrase");
      // only the live read (10 GETs: one page per collection), no write of any kind
      assertThat(sandbox.stats().perOperation().keySet()).allMatch(op -> op.startsWith("GET "));
      assertThat(sandbox.stats().total()).isEqualTo(10);
      assertThat(tmp.resolve("s.json")).doesNotExist();
      assertThat(tmp.resolve("secrets")).doesNotExist();
    }
  }
}
