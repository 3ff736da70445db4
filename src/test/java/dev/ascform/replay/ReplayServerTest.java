package dev.ascform.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.api.testing.TestKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The replay server serves the corpus's documents as they are, and every file is documented. */
class ReplayServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final KeyPair KEY = TestKeys.newKeyPair();

  private static String es256() {
    return JWT.create()
        .withKeyId("KEYID12345")
        .withIssuer("issuer")
        .withAudience("appstoreconnect-v1")
        .withExpiresAt(Instant.now().plusSeconds(600))
        .sign(Algorithm.ECDSA256(TestKeys.pub(KEY), TestKeys.priv(KEY)));
  }

  private static HttpResponse<String> get(ReplayServer r, String pathAndQuery, String token)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(r.baseUrl() + pathAndQuery));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesACaptureAsCapturedWithItsLinksPointingHere() throws Exception {
    try (ReplayServer r = ReplayServer.start("portal")) {
      HttpResponse<String> resp = get(r, "/v1/certificates?limit=200&sort=serialNumber", es256());
      assertThat(resp.statusCode()).isEqualTo(200);
      JsonNode body = JSON.readTree(resp.body());
      JsonNode captured = ReplayServer.read("portal/certificates.json");
      assertThat(body.path("data").size()).isEqualTo(captured.path("data").size()).isEqualTo(3);
      assertThat(body.path("meta")).isEqualTo(captured.path("meta"));
      assertThat(body.path("data").get(0).path("attributes"))
          .isEqualTo(captured.path("data").get(0).path("attributes"));
      assertThat(resp.body())
          .contains("\"2026-02-01T20:50:34.000+0000\"")
          .doesNotContain("developer.apple.com");
      assertThat(body.path("links").path("self").asText())
          .startsWith(r.baseUrl() + "/v1/certificates?");
      assertThat(r.unanswered()).isEmpty();
    }
  }

  @Test
  void aListRouteServesTheFilesResourcesAsOneCollection() throws Exception {
    try (ReplayServer r = ReplayServer.start("api")) {
      JsonNode users = JSON.readTree(get(r, "/v1/users", es256()).body());
      assertThat(users.path("data")).isEmpty();
      assertThat(users.path("meta").path("paging").path("total").asInt()).isZero();
    }
    try (ReplayServer r = ReplayServer.start("portal-distinct-serials")) {
      JsonNode body = JSON.readTree(get(r, "/v1/certificates", es256()).body());
      List<String> ids = new ArrayList<>();
      body.path("data").forEach(d -> ids.add(d.path("id").asText()));
      assertThat(ids).containsExactly("PC00000001", "PC00000002");
      assertThat(body.path("data").get(1))
          .isEqualTo(
              JSON.readTree(
                  JSON.writeValueAsString(
                          ReplayServer.read("portal/certificates.json").path("data").get(1))
                      .replace("https://developer.apple.com:443/services-account", r.baseUrl())));
      assertThat(body.path("meta").path("paging").path("total").asInt()).isEqualTo(2);
    }
  }

  @Test
  void anythingNotCapturedIsA404AndRecorded() throws Exception {
    try (ReplayServer r = ReplayServer.start("iris")) {
      HttpResponse<String> next = get(r, "/v1/betaGroups?cursor=Aw.LiYF2g&limit=3", es256());
      HttpResponse<String> other = get(r, "/v1/profiles/123/bundleId", es256());
      assertThat(next.statusCode()).isEqualTo(404);
      assertThat(other.statusCode()).isEqualTo(404);
      assertThat(JSON.readTree(other.body()).path("errors").get(0).path("code").asText())
          .isEqualTo("NOT_FOUND");
      assertThat(r.unanswered())
          .containsExactly(
              "GET /v1/betaGroups?cursor=Aw.LiYF2g&limit=3", "GET /v1/profiles/123/bundleId");
    }
  }

  @Test
  void onlyAnEs256BearerTokenIsAccepted() throws Exception {
    try (ReplayServer r = ReplayServer.start("api")) {
      assertThat(get(r, "/v1/devices", null).statusCode()).isEqualTo(401);
      String hmac = JWT.create().withIssuer("x").sign(Algorithm.HMAC256("secret"));
      assertThat(get(r, "/v1/devices", hmac).statusCode()).isEqualTo(401);
      assertThat(get(r, "/v1/devices", "not.a.jwt").statusCode()).isEqualTo(401);
      assertThat(get(r, "/v1/devices", es256()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void everyCaptureIsServedByAScenarioAndDescribedInTheReadme() throws Exception {
    Path root = Path.of("src/test/resources/apple-captures");
    String readme = Files.readString(root.resolve("README.md"));
    List<String> served = new ArrayList<>();
    for (String sc : ReplayServer.scenarios()) {
      ReplayServer.files(sc).forEach(f -> served.add(f.replaceFirst("#.*", "")));
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        if (rel.equals("replay.json")) {
          continue;
        }
        assertThat(readme).as("README.md describes %s", rel).contains("`" + rel + "`");
        assertThat(rel)
            .as("no copied capture is committed")
            .doesNotStartWith("fastlane/")
            .doesNotStartWith("codemagic/");
        ReplayServer.read(rel); // parses
        if (!ReplayServer.read("replay.json").path("reference").has(rel)) {
          assertThat(served)
              .as("a scenario serves %s, or replay.json lists it as reference", rel)
              .contains(rel);
        }
      }
    }
    for (String f : served) {
      assertThat(root.resolve(f)).as("replay.json names %s", f).exists();
    }
  }
}
