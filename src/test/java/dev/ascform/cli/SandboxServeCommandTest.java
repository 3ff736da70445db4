package dev.ascform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SandboxServeCommandTest {
  @TempDir Path data;

  @Test
  void servePrintsTheUrlAndCredentialsButNeverTheKey() throws Exception {
    CommandLine cli = Main.newCommandLine();
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    Thread server = new Thread(() -> cli.execute("sandbox", "serve", "--data", data.toString()));
    server.start();
    try {
      long deadline = System.currentTimeMillis() + 10_000;
      while (!out.toString().contains("ASC_PRIVATE_KEY_PATH")
          && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      String printed = out.toString();
      assertThat(printed)
          .doesNotContain("BEGIN PRIVATE KEY")
          .contains("export ASC_KEY_ID=")
          .contains("export ASC_ISSUER_ID=");
      String url = find(printed, "export ASC_API_URL=(\\S+)");
      assertThat(url).startsWith("http://127.0.0.1:");
      JsonNode key = new ObjectMapper().readTree(data.resolve("api-key.json").toFile());
      String pem =
          java.nio.file.Files.readString(
              Path.of(find(printed, "export ASC_PRIVATE_KEY_PATH=(\\S+)")));
      assertThat(pem).isEqualTo(key.path("key").asText());
      ECPrivateKey privateKey =
          (ECPrivateKey)
              KeyFactory.getInstance("EC")
                  .generatePrivate(
                      new PKCS8EncodedKeySpec(
                          Base64.getDecoder()
                              .decode(
                                  pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "")
                                      .replaceAll("\\s", ""))));
      String token =
          JWT.create()
              .withKeyId(key.path("key_id").asText())
              .withIssuer(key.path("issuer_id").asText())
              .withAudience("appstoreconnect-v1")
              .withIssuedAt(Instant.now())
              .withExpiresAt(Instant.now().plusSeconds(600))
              .sign(Algorithm.ECDSA256(null, privateKey));
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(url + "/v1/bundleIds"))
                      .header("Authorization", "Bearer " + token)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
    } finally {
      server.interrupt();
      server.join(5_000);
    }
    assertThat(server.isAlive()).isFalse();
  }

  @Test
  void aSeedForADataDirThatHoldsAnAccountIsIgnoredAndSaysSo() throws Exception {
    for (int run = 0; run < 2; run++) {
      CommandLine cli = Main.newCommandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      Thread server =
          new Thread(
              () ->
                  cli.execute(
                      "sandbox",
                      "serve",
                      "--data",
                      data.toString(),
                      "--seed",
                      "examples/acme/sandbox-seed.yaml"));
      server.start();
      try {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!out.toString().contains("ASC_PRIVATE_KEY_PATH")
            && System.currentTimeMillis() < deadline) {
          Thread.sleep(20);
        }
        assertThat(out.toString()).contains("ASC_PRIVATE_KEY_PATH");
        if (run == 0) {
          assertThat(err.toString()).doesNotContain("seed ignored");
        } else {
          assertThat(err.toString())
              .contains(
                  "seed ignored: the account exists (ascform sandbox"
                      + " reset --data "
                      + data
                      + " to start over)");
        }
      } finally {
        server.interrupt();
        server.join(5_000);
      }
    }
  }

  private static String find(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex + " in " + text).isTrue();
    return m.group(1);
  }
}
