package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.api.jsonapi.AppleDates;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdminEndpointsTest extends SeededSandboxTest {

  @Test
  void statsReportCountsPerOperation() {
    api.get("/v1/apps");
    api.get("/v1/apps");
    api.get("/v1/devices?limit=999");
    JsonNode stats = TestApi.json(api.get("/_sandbox/stats"));
    assertThat(stats.path("total").asLong()).isEqualTo(3);
    assertThat(stats.path("operations").path("GET /v1/apps").asLong()).isEqualTo(2);
    assertThat(stats.path("operations").path("GET /v1/devices").asLong()).isEqualTo(1);
  }

  @Test
  void resetReturnsToTheSeed() {
    api.createBundleId("com.acme.extra", "IOS");
    assertThat(api.send("POST", "/_sandbox/reset", null).statusCode()).isEqualTo(204);
    assertThat(TestApi.json(api.get("/v1/bundleIds")).path("data").findValuesAsText("identifier"))
        .containsExactlyInAnyOrder("com.acme.app", "com.acme.lite");
    assertThat(sandbox.stats().count("POST /v1/bundleIds")).isZero();
  }

  @Test
  void expiresAProfile() {
    String id = idOf("/v1/profiles?filter[name]=Acme App Store".replace(" ", "%20"));
    assertThat(api.send("POST", "/_sandbox/profiles/" + id + "/expire", null).statusCode())
        .isEqualTo(204);
    String expiry =
        TestApi.json(api.get("/v1/profiles/" + id))
            .path("data")
            .path("attributes")
            .path("expirationDate")
            .asText();
    assertThat(AppleDates.parse(expiry)).isBefore(Instant.now());
  }

  @Test
  void acceptsAnInvitationById() {
    String id = idOf("/v1/userInvitations?filter[email]=new@acme.example.com");
    JsonNode user =
        TestApi.json(api.send("POST", "/_sandbox/userInvitations/" + id + "/accept", null));
    assertThat(user.path("username").asText()).isEqualTo("new@acme.example.com");
    assertThat(api.get("/v1/userInvitations/" + id).statusCode()).isEqualTo(410);
    assertThat(api.delete("/v1/userInvitations/" + id).statusCode()).isEqualTo(410);
  }

  @Test
  void unknownAdminPathsAreNotFound() {
    assertThat(api.send("POST", "/_sandbox/nothing", null).statusCode()).isEqualTo(404);
    assertThat(
            api.send("POST", "/_sandbox/userInvitations/accept?email=nobody@acme.example.com", null)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void adminPathsAreNeverUnderV1() {
    assertError(api.get("/v1/_sandbox/stats"), 404, "NOT_FOUND", null);
  }
}
