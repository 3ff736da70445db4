package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class CapabilityRulesTest extends SandboxTest {

  private static String capability(String bundleIdId, String type, String settings) {
    return "{\"data\":{\"type\":\"bundleIdCapabilities\",\"attributes\":{\"capabilityType\":\""
        + type
        + "\""
        + (settings == null ? "" : ",\"settings\":" + settings)
        + "},\"relationships\":{\"bundleId\":{\"data\":{\"type\":\"bundleIds\",\"id\":\""
        + bundleIdId
        + "\"}}}}}";
  }

  @Test
  void iCloudNeedsItsVersionSetting() {
    String b = api.createBundleId("com.acme.app", "IOS");
    assertError(
        api.post("/v1/bundleIdCapabilities", capability(b, "ICLOUD", null)),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/attributes/settings");
    HttpResponse<String> ok =
        api.post(
            "/v1/bundleIdCapabilities",
            capability(
                b, "ICLOUD", "[{\"key\":\"ICLOUD_VERSION\",\"options\":[{\"key\":\"XCODE_6\"}]}]"));
    assertThat(ok.statusCode()).isEqualTo(201);
    assertThat(TestApi.json(ok).path("data").path("id").asText()).isEqualTo(b + "_ICLOUD");
  }

  @Test
  void dataProtectionAndSignInWithAppleNeedTheirSettings() {
    String b = api.createBundleId("com.acme.app", "IOS");
    assertError(
        api.post("/v1/bundleIdCapabilities", capability(b, "DATA_PROTECTION", "[]")),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/attributes/settings");
    assertError(
        api.post("/v1/bundleIdCapabilities", capability(b, "APPLE_ID_AUTH", null)),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/attributes/settings");
  }

  @Test
  void requiresTheBundleIdRelationship() {
    HttpResponse<String> r =
        api.post(
            "/v1/bundleIdCapabilities",
            "{\"data\":{\"type\":\"bundleIdCapabilities\",\"attributes\":{\"capabilityType\":\"PUSH_NOTIFICATIONS\"}}}");
    assertError(r, 409, "ENTITY_ERROR.RELATIONSHIP.REQUIRED", "/data/relationships/bundleId");
  }

  @Test
  void refusesEnablingTheSameCapabilityTwice() {
    String b = api.createBundleId("com.acme.app", "IOS");
    assertThat(
            api.post("/v1/bundleIdCapabilities", capability(b, "PUSH_NOTIFICATIONS", null))
                .statusCode())
        .isEqualTo(201);
    assertError(
        api.post("/v1/bundleIdCapabilities", capability(b, "PUSH_NOTIFICATIONS", null)),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/attributes/capabilityType");
  }

  @Test
  void updatesSettingsAndDisables() {
    String b = api.createBundleId("com.acme.app", "IOS");
    String id =
        api.create(
            "/v1/bundleIdCapabilities",
            capability(
                b,
                "DATA_PROTECTION",
                "[{\"key\":\"DATA_PROTECTION_PERMISSION_LEVEL\",\"options\":[{\"key\":\"COMPLETE_PROTECTION\"}]}]"));
    HttpResponse<String> r =
        api.patch(
            "/v1/bundleIdCapabilities/" + id,
            "{\"data\":{\"type\":\"bundleIdCapabilities\",\"id\":\""
                + id
                + "\",\"attributes\":{\"settings\":[{\"key\":\"DATA_PROTECTION_PERMISSION_LEVEL\",\"options\":[{\"key\":\"PROTECTED_UNLESS_OPEN\"}]}]}}}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("PROTECTED_UNLESS_OPEN");
    assertThat(api.delete("/v1/bundleIdCapabilities/" + id).statusCode()).isEqualTo(204);
    assertThat(api.get("/v1/bundleIds/" + b + "/bundleIdCapabilities").body())
        .doesNotContain("DATA_PROTECTION");
  }

  @Test
  void thereIsNoCollectionRead() {
    assertError(api.get("/v1/bundleIdCapabilities"), 405, "METHOD_NOT_ALLOWED", null);
  }
}
