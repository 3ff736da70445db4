package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonApiProtocolTest extends SandboxTest {

  @Test
  void unknownPathIsNotFoundWithErrorResponse() {
    assertError(api.get("/v1/noSuchThings"), 404, "NOT_FOUND", null);
  }

  @Test
  void undeclaredQueryParameterIsIllegal() {
    JsonNode error =
        assertError(api.get("/v1/devices?filter[color]=red"), 400, "PARAMETER_ERROR.ILLEGAL", null);
    assertThat(error.path("source").path("parameter").asText()).isEqualTo("filter[color]");
  }

  @Test
  void limitAboveTwoHundredIsInvalid() {
    JsonNode error =
        assertError(api.get("/v1/devices?limit=201"), 400, "PARAMETER_ERROR.INVALID", null);
    assertThat(error.path("source").path("parameter").asText()).isEqualTo("limit");
    assertThat(api.get("/v1/devices?limit=200").statusCode()).isEqualTo(200);
  }

  @Test
  void undeclaredEnumValueIsInvalid() {
    assertError(api.get("/v1/bundleIds?sort=color"), 400, "PARAMETER_ERROR.INVALID", null);
    assertError(api.get("/v1/bundleIds?include=devices"), 400, "PARAMETER_ERROR.INVALID", null);
  }

  @Test
  void includeLimitAboveFiftyIsInvalid() {
    assertError(
        api.get("/v1/bundleIds?include=profiles&limit[profiles]=51"),
        400,
        "PARAMETER_ERROR.INVALID",
        null);
  }

  @Test
  void malformedCursorIsInvalid() {
    assertError(
        api.get("/v1/devices?cursor=bm90LWEtY3Vyc29y"), 400, "PARAMETER_ERROR.INVALID", null);
  }

  @Test
  void cursorIsNotAcceptedOnSingleResourceReads() {
    String id = api.createBundleId("com.acme.app", "IOS");
    assertError(
        api.get("/v1/bundleIds/" + id + "?cursor=abc"), 400, "PARAMETER_ERROR.ILLEGAL", null);
  }

  @Test
  void malformedJsonIsABadRequest() {
    assertThat(api.post("/v1/bundleIds", "{not json").statusCode()).isEqualTo(400);
  }

  @Test
  void wrongTypeInBodyIsAConflict() {
    assertError(
        api.post("/v1/devices", "{\"data\":{\"type\":\"bundleIds\",\"attributes\":{}}}"),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/type");
  }

  @Test
  void pagesThroughHundredsOfItemsWithSmallLimits() {
    for (int i = 0; i < 250; i++) {
      api.createDevice(
          new String[] {"iPhone ", "iPad ", "Watch ", "TV ", "iPod "}[i % 5] + i,
          TestApi.udid(i),
          "IOS");
    }
    for (int i = 0; i < 60; i++) {
      api.createDevice("Mac " + i, TestApi.udid(5000 + i), "MAC_OS");
    }
    List<String> seen = new ArrayList<>();
    String next = "/v1/devices?limit=7&filter[platform]=IOS";
    int pages = 0;
    while (next != null) {
      HttpResponse<String> r = api.get(next);
      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode doc = TestApi.json(r);
      assertThat(doc.path("data").size()).isLessThanOrEqualTo(7);
      assertThat(doc.path("meta").path("paging").path("total").asInt()).isEqualTo(250);
      doc.path("data").forEach(d -> seen.add(d.path("id").asText()));
      next = doc.path("links").has("next") ? doc.path("links").path("next").asText() : null;
      pages++;
    }
    assertThat(seen).hasSize(250);
    assertThat(new HashSet<>(seen)).hasSize(250);
    assertThat(pages).isEqualTo(36);
    assertThat(sandbox.stats().count("GET /v1/devices")).isEqualTo(36);
  }

  @Test
  void everyResponseCarriesTheRateLimitHeader() {
    HttpResponse<String> ok = api.get("/v1/devices");
    assertThat(ok.headers().firstValue("X-Rate-Limit"))
        .hasValueSatisfying(v -> assertThat(v).matches("user-hour-lim:3600;user-hour-rem:\\d+;"));
    HttpResponse<String> bad = api.get("/v1/devices?limit=999");
    assertThat(bad.headers().firstValue("X-Rate-Limit")).isPresent();
  }

  @Test
  void statsCountRequestsPerOperation() {
    api.get("/v1/devices");
    api.get("/v1/devices");
    api.get("/v1/bundleIds");
    SandboxStats stats = sandbox.stats();
    assertThat(stats.count("GET /v1/devices")).isEqualTo(2);
    assertThat(stats.count("GET /v1/bundleIds")).isEqualTo(1);
    assertThat(stats.total()).isEqualTo(3);
  }
}
