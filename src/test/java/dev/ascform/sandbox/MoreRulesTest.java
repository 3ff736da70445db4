package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Rules that need the seeded account: in-use App IDs, disabled devices, invitation roles. */
class MoreRulesTest extends SeededSandboxTest {

  @Test
  void aBundleIdUsedByAnAppCannotBeDeleted() {
    String id = idOf("/v1/bundleIds?filter[identifier]=com.acme.lite");
    assertError(api.delete("/v1/bundleIds/" + id), 409, "STATE_ERROR", null);
  }

  @Test
  void disabledDevicesCannotGoIntoProfiles() {
    String bundle = idOf("/v1/bundleIds?filter[identifier]=com.acme.lite");
    String cert = idOf("/v1/certificates?filter[certificateType]=DEVELOPMENT");
    String disabled = idOf("/v1/devices?filter[status]=DISABLED");
    String body =
        "{\"data\":{\"type\":\"profiles\",\"attributes\":{\"name\":\"Lite"
            + " Dev\",\"profileType\":\"IOS_APP_DEVELOPMENT\"},\"relationships\":{"
            + "\"bundleId\":{\"data\":{\"type\":\"bundleIds\",\"id\":\""
            + bundle
            + "\"}},"
            + "\"certificates\":{\"data\":[{\"type\":\"certificates\",\"id\":\""
            + cert
            + "\"}]},"
            + "\"devices\":{\"data\":[{\"type\":\"devices\",\"id\":\""
            + disabled
            + "\"}]}}}}";
    assertError(
        api.post("/v1/profiles", body),
        409,
        "ENTITY_ERROR.RELATIONSHIP.INVALID",
        "/data/relationships/devices");
  }

  @Test
  void profilesReferToExistingResources() {
    String body =
        "{\"data\":{\"type\":\"profiles\",\"attributes\":{\"name\":\"Ghost\",\"profileType\":\"IOS_APP_STORE\"},\"relationships\":{"
            + "\"bundleId\":{\"data\":{\"type\":\"bundleIds\",\"id\":\"NOSUCHID00\"}},"
            + "\"certificates\":{\"data\":[]}}}}";
    assertError(
        api.post("/v1/profiles", body),
        409,
        "ENTITY_ERROR.RELATIONSHIP.INVALID",
        "/data/relationships/bundleId");
  }

  @Test
  void nobodyIsInvitedAsAccountHolder() {
    String body =
        "{\"data\":{\"type\":\"userInvitations\",\"attributes\":{\"email\":\"boss@acme.example.com\",\"firstName\":\"B\",\"lastName\":\"Oss\",\"roles\":[\"ACCOUNT_HOLDER\"]}}}";
    assertError(
        api.post("/v1/userInvitations", body),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/attributes/roles");
  }

  @Test
  void seededStateIsVisible() {
    JsonNode devices =
        TestApi.json(
                api.get("/v1/profiles?filter[profileType]=IOS_APP_DEVELOPMENT&include=devices"))
            .path("data")
            .path(0)
            .path("relationships")
            .path("devices");
    assertThat(devices.path("data")).hasSize(2);
    // Apple's meta on a profile's relationships: total 0 beside the data (docs/SANDBOX.md)
    assertThat(devices.path("meta").path("paging").path("total").asInt()).isZero();
    assertThat(
            TestApi.json(api.get("/v1/bundleIds?filter[identifier]=com.acme.app&include=app"))
                .path("included")
                .path(0)
                .path("type")
                .asText())
        .isEqualTo("apps");
    assertThat(
            TestApi.json(api.get("/v1/betaGroups?filter[isInternalGroup]=true"))
                .path("data")
                .path(0)
                .path("attributes")
                .path("hasAccessToAllBuilds")
                .asBoolean())
        .isTrue();
  }

  @Test
  void deactivatesACertificate() {
    String cert = idOf("/v1/certificates?filter[certificateType]=DEVELOPMENT");
    String body =
        "{\"data\":{\"type\":\"certificates\",\"id\":\""
            + cert
            + "\",\"attributes\":{\"activated\":false}}}";
    assertThat(
            TestApi.json(api.patch("/v1/certificates/" + cert, body))
                .path("data")
                .path("attributes")
                .path("activated")
                .asBoolean())
        .isFalse();
  }

  @Test
  void aPatchMustNameTheResourceItUpdates() {
    String id = idOf("/v1/devices?filter[status]=DISABLED");
    assertError(
        api.patch(
            "/v1/devices/" + id,
            "{\"data\":{\"type\":\"devices\",\"id\":\"OTHER00000\",\"attributes\":{\"name\":\"x\"}}}"),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/id");
  }
}
