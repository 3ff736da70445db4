package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class BundleIdRulesTest extends SandboxTest {

  @Test
  void createsABundleIdWithAppleShapedDocument() {
    HttpResponse<String> r =
        api.post(
            "/v1/bundleIds",
            "{\"data\":{\"type\":\"bundleIds\",\"attributes\":{\"identifier\":\"com.acme.app\",\"name\":\"Acme\",\"platform\":\"IOS\"}}}");
    assertThat(r.statusCode()).isEqualTo(201);
    JsonNode data = TestApi.json(r).path("data");
    assertThat(data.path("id").asText()).matches("[A-Z0-9]{10}");
    assertThat(data.path("attributes").path("identifier").asText()).isEqualTo("com.acme.app");
    assertThat(data.path("attributes").path("seedId").asText())
        .isEqualTo(sandbox.account().team().teamId());
    assertThat(data.path("relationships").path("profiles").path("links").path("related").asText())
        .endsWith("/v1/bundleIds/" + data.path("id").asText() + "/profiles");
  }

  @Test
  void refusesADuplicateIdentifierIgnoringCase() {
    api.createBundleId("com.acme.app", "IOS");
    HttpResponse<String> r =
        api.post(
            "/v1/bundleIds",
            "{\"data\":{\"type\":\"bundleIds\",\"attributes\":{\"identifier\":\"COM.acme.APP\",\"name\":\"Dup\",\"platform\":\"IOS\"}}}");
    assertError(r, 409, "ENTITY_ERROR.ATTRIBUTE.INVALID", "/data/attributes/identifier");
  }

  @Test
  void requiresIdentifierNameAndPlatform() {
    HttpResponse<String> r =
        api.post(
            "/v1/bundleIds",
            "{\"data\":{\"type\":\"bundleIds\",\"attributes\":{\"name\":\"x\",\"platform\":\"IOS\"}}}");
    assertError(r, 409, "ENTITY_ERROR.ATTRIBUTE.REQUIRED", "/data/attributes/identifier");
  }

  @Test
  void refusesChangingTheIdentifier() {
    String id = api.createBundleId("com.acme.app", "IOS");
    HttpResponse<String> r =
        api.patch(
            "/v1/bundleIds/" + id,
            "{\"data\":{\"type\":\"bundleIds\",\"id\":\""
                + id
                + "\",\"attributes\":{\"identifier\":\"com.acme.other\"}}}");
    assertError(r, 409, "ENTITY_ERROR.ATTRIBUTE.INVALID", "/data/attributes/identifier");
  }

  @Test
  void refusesChangingThePlatform() {
    String id = api.createBundleId("com.acme.app", "IOS");
    HttpResponse<String> r =
        api.patch(
            "/v1/bundleIds/" + id,
            "{\"data\":{\"type\":\"bundleIds\",\"id\":\""
                + id
                + "\",\"attributes\":{\"platform\":\"MAC_OS\"}}}");
    assertError(r, 409, "ENTITY_ERROR.ATTRIBUTE.INVALID", "/data/attributes/platform");
  }

  @Test
  void renamesABundleId() {
    String id = api.createBundleId("com.acme.app", "IOS");
    HttpResponse<String> r =
        api.patch(
            "/v1/bundleIds/" + id,
            "{\"data\":{\"type\":\"bundleIds\",\"id\":\""
                + id
                + "\",\"attributes\":{\"name\":\"Renamed\"}}}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(
            TestApi.json(api.get("/v1/bundleIds/" + id))
                .path("data")
                .path("attributes")
                .path("name")
                .asText())
        .isEqualTo("Renamed");
  }

  @Test
  void identifierFilterMatchesSubstrings() {
    api.createBundleId("com.acme.app", "IOS");
    api.createBundleId("com.acme.app.widget", "IOS");
    api.createBundleId("org.other", "IOS");
    JsonNode doc = TestApi.json(api.get("/v1/bundleIds?filter[identifier]=com.acme.app"));
    assertThat(doc.path("data")).hasSize(2);
    assertThat(doc.path("meta").path("paging").path("total").asInt()).isEqualTo(2);
  }

  @Test
  void explicitAppIdsStartWithDefaultCapabilities() {
    String id = api.createBundleId("com.acme.app", "IOS");
    JsonNode doc = TestApi.json(api.get("/v1/bundleIds/" + id + "/bundleIdCapabilities"));
    assertThat(doc.path("data").findValuesAsText("capabilityType"))
        .containsExactlyInAnyOrder("IN_APP_PURCHASE", "GAME_CENTER");
  }

  @Test
  void deletesABundleIdAndItsCapabilities() {
    String id = api.createBundleId("com.acme.app", "IOS");
    assertThat(api.delete("/v1/bundleIds/" + id).statusCode()).isEqualTo(204);
    assertError(api.get("/v1/bundleIds/" + id), 404, "NOT_FOUND", null);
    assertThat(sandbox.account().all("bundleIdCapabilities")).isEmpty();
  }

  @Test
  void includeCutsRelatedItemsAndReportsMetaAsAppleDoes() {
    String id = api.createBundleId("com.acme.app", "IOS");
    JsonNode doc =
        TestApi.json(
            api.get(
                "/v1/bundleIds/"
                    + id
                    + "?include=bundleIdCapabilities&limit[bundleIdCapabilities]=1"));
    JsonNode rel = doc.path("data").path("relationships").path("bundleIdCapabilities");
    assertThat(rel.path("data")).hasSize(1);
    // Apple: {total: 0, limit: 2147483647} on a bundle ID's relationships, whatever the data
    assertThat(rel.path("meta").path("paging").path("total").asInt()).isZero();
    assertThat(rel.path("meta").path("paging").path("limit").asInt()).isEqualTo(Integer.MAX_VALUE);
    assertThat(doc.path("included")).hasSize(1);
    assertThat(doc.path("included").path(0).path("type").asText())
        .isEqualTo("bundleIdCapabilities");
  }

  @Test
  void sparseFieldsetsKeepOnlyTheNamedAttributes() {
    api.createBundleId("com.acme.app", "IOS");
    JsonNode item =
        TestApi.json(api.get("/v1/bundleIds?fields[bundleIds]=identifier")).path("data").path(0);
    assertThat(item.path("attributes").fieldNames()).toIterable().containsExactly("identifier");
    assertThat(item.has("relationships")).isFalse();
  }

  @Test
  void sortsByNameDescending() {
    api.createBundleId("com.b", "IOS");
    api.createBundleId("com.a", "IOS");
    api.createBundleId("com.c", "IOS");
    JsonNode doc = TestApi.json(api.get("/v1/bundleIds?sort=-identifier"));
    assertThat(doc.path("data").findValuesAsText("identifier"))
        .containsExactly("com.c", "com.b", "com.a");
  }
}
