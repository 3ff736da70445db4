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

  private Path newKey() throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
    gen.initialize(new ECGenParameterSpec("secp256r1"));
    Path key = tmp.resolve("AuthKey_WRONGKEY12.p8");
    Files.writeString(
        key,
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder()
                .encodeToString(gen.generateKeyPair().getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    Files.setPosixFilePermissions(
        key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    return key;
  }

  @Test
  void aPlanAgainstAPortWhereNothingListensFailsAtTheFirstAttempt() throws Exception {
    // a socket bound to a port but not listening holds the port (no other process can take it,
    // as it could a port freed before the run) and refuses every connection to it
    try (java.net.Socket held = new java.net.Socket()) {
      held.bind(new java.net.InetSocketAddress("127.0.0.1", 0));
      planAgainstAPortWhereNothingListens(held.getLocalPort());
    }
  }

  private void planAgainstAPortWhereNothingListens(int port) throws Exception {
    Path key = newKey();
    Workspace.Run r =
        Workspace.run(
            "plan",
            "-c",
            "examples/acme",
            "--state",
            tmp.resolve("s.json").toString(),
            "--api-url",
            "http://127.0.0.1:" + port,
            "--key-id",
            "WRONGKEY12",
            "--issuer-id",
            "69a6de70-03db-47e3-e053-5b8c7c11a4d1",
            "--private-key",
            key.toString());
    assertThat(r.code()).as(r.all()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "after 1 attempt (connection refused: nothing is listening on"
                + " 127.0.0.1:"
                + port
                + ")",
            "--api-url")
        .doesNotContain("attempts");
  }

  @Test
  void aRejectedKeyCostsOneWaveOfReadsPlusOneRetry() throws Exception {
    Path key = newKey();
    try (Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.defaults().withSeedFile(Path.of("examples/acme/sandbox-seed.yaml")))) {
      Workspace.Run r =
          Workspace.run(
              "plan",
              "-c",
              "examples/acme",
              "--state",
              tmp.resolve("s.json").toString(),
              "--api-url",
              sandbox.baseUrl(),
              "--key-id",
              "WRONGKEY12",
              "--issuer-id",
              sandbox.teamKey().issuerId(),
              "--private-key",
              key.toString(),
              "--concurrency",
              "4");
      assertThat(r.code()).as(r.all()).isEqualTo(1);
      assertThat(r.err()).contains("401", "Apple rejected API key WRONGKEY12");
      assertThat(sandbox.stats().total())
          .as("requests sent with a rejected key")
          .isBetween(2L, 4L + 1L);
    }
  }
}
