package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.AscClient;
import dev.ascform.api.auth.AccountCredentialRefs;
import dev.ascform.api.testing.TestKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class ApiOptionsTest {
  @Command(name = "probe")
  static final class Probe implements Runnable {
    @Mixin ApiOptions api;

    @Override
    public void run() {}
  }

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  @Test
  void mixinParsesClientFlagsAndBuildsAClient() throws Exception {
    java.nio.file.Path key = dir.resolve("AuthKey_FLAGKEY.p8");
    java.nio.file.Files.writeString(key, TestKeys.pkcs8Pem(TestKeys.newKeyPair()));
    java.nio.file.Files.setPosixFilePermissions(
        key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    Probe probe = new Probe();
    new CommandLine(probe)
        .parseArgs(
            "--key-id",
            "FLAGKEY",
            "--private-key",
            key.toString(),
            "--api-url",
            "http://127.0.0.1:9",
            "--debug",
            "--request-timeout",
            "5",
            "--max-concurrency",
            "2");
    assertThat(probe.api.credentialFlags().keyId()).isEqualTo("FLAGKEY");
    assertThat(probe.api.debug()).isTrue();
    assertThat(probe.api.connectTimeoutSeconds).isEqualTo(10);
    assertThat(probe.api.requestTimeoutSeconds).isEqualTo(5);
    assertThat(probe.api.concurrency()).as("--max-concurrency, the former name").isEqualTo(2);

    StringWriter err = new StringWriter();
    AscClient client =
        probe
            .api
            .clientBuilder(
                Map.of("ASC_API_URL", "https://ignored.example"),
                AccountCredentialRefs.none(),
                new PrintWriter(err))
            .build();
    assertThat(client.baseUrl()).hasToString("http://127.0.0.1:9");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void environmentUrlIsUsedWithoutTheFlag() {
    Probe probe = new Probe();
    new CommandLine(probe).parseArgs();
    assertThat(probe.api.baseUrl(Map.of("ASC_API_URL", "https://sandbox.example")))
        .hasToString("https://sandbox.example");
  }
}
