package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An API key Apple refuses (a 401 that a freshly signed token gets too) costs one wave of
 * concurrent reads plus one retry; the other reads are not sent.
 */
class RejectedKeyTest {
  @TempDir Path tmp;

  @Test
  void aRejectedKeyCostsOneWaveOfReadsPlusOneRetry() throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
    gen.initialize(new ECGenParameterSpec("secp256r1"));
    Path key = tmp.resolve("AuthKey_WRONGKEY12.p8");
    Files.writeString(key, "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(gen.generateKeyPair().getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n");
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults()
        .withSeedFile(Path.of("examples/acme/sandbox-seed.yaml")))) {
      Workspace.Run r = Workspace.run("plan", "-c", "examples/acme",
          "--state", tmp.resolve("s.json").toString(), "--api-url", sandbox.baseUrl(),
          "--key-id", "WRONGKEY12", "--issuer-id", sandbox.teamKey().issuerId(),
          "--private-key", key.toString(), "--concurrency", "4");
      assertThat(r.code()).as(r.all()).isEqualTo(1);
      assertThat(r.err()).contains("401", "Apple rejected API key WRONGKEY12");
      assertThat(sandbox.stats().total()).as("requests sent with a rejected key")
          .isBetween(2L, 4L + 1L);
    }
  }
}
