package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class TestFlightRulesTest extends SeededSandboxTest {

  private String appId() {
    return idOf("/v1/apps?filter[bundleId]=com.acme.app&filter[sku]=ACME001");
  }

  private String group(String name, boolean internal) {
    return api.create(
        "/v1/betaGroups",
        "{\"data\":{\"type\":\"betaGroups\",\"attributes\":{\"name\":\""
            + name
            + "\",\"isInternalGroup\":"
            + internal
            + "},\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\""
            + appId()
            + "\"}}}}}");
  }

  @Test
  void internalGroupsTakeOnlyTeamMembers() {
    String internal = group("Staff", true);
    String outsider = idOf("/v1/betaTesters?filter[email]=tester@outside.example.com");
    assertError(
        api.post(
            "/v1/betaGroups/" + internal + "/relationships/betaTesters",
            linkage("betaTesters", outsider)),
        409,
        "STATE_ERROR",
        null);
    String member = idOf("/v1/betaTesters?filter[email]=dev@acme.example.com");
    assertThat(
            api.post(
                    "/v1/betaGroups/" + internal + "/relationships/betaTesters",
                    linkage("betaTesters", member))
                .statusCode())
        .isEqualTo(204);
  }

  @Test
  void reAddingATesterIsAConflict() {
    String qa = idOf("/v1/betaGroups?filter[name]=QA");
    String tester = idOf("/v1/betaTesters?filter[email]=tester@outside.example.com");
    assertError(
        api.post(
            "/v1/betaGroups/" + qa + "/relationships/betaTesters", linkage("betaTesters", tester)),
        409,
        "ENTITY_ERROR.RELATIONSHIP.INVALID",
        "/data/0");
  }

  @Test
  void internalFlagAndAllBuildsAccessAreFixedAfterCreation() {
    String g = group("Beta", false);
    assertError(
        api.patch(
            "/v1/betaGroups/" + g,
            "{\"data\":{\"type\":\"betaGroups\",\"id\":\""
                + g
                + "\",\"attributes\":{\"isInternalGroup\":true}}}"),
        409,
        "ENTITY_ERROR.ATTRIBUTE.UNKNOWN",
        "/data/attributes/isInternalGroup");
    assertError(
        api.patch(
            "/v1/betaGroups/" + g,
            "{\"data\":{\"type\":\"betaGroups\",\"id\":\""
                + g
                + "\",\"attributes\":{\"hasAccessToAllBuilds\":true}}}"),
        409,
        "ENTITY_ERROR.ATTRIBUTE.UNKNOWN",
        "/data/attributes/hasAccessToAllBuilds");
    HttpResponse<String> ok =
        api.patch(
            "/v1/betaGroups/" + g,
            "{\"data\":{\"type\":\"betaGroups\",\"id\":\""
                + g
                + "\",\"attributes\":{\"name\":\"Beta 2\",\"publicLinkEnabled\":true}}}");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(TestApi.json(ok).path("data").path("attributes").path("publicLink").asText())
        .startsWith("https://testflight.apple.com/join/");
  }

  @Test
  void groupNamesAreUniquePerApp() {
    assertError(
        api.post(
            "/v1/betaGroups",
            "{\"data\":{\"type\":\"betaGroups\",\"attributes\":{\"name\":\"QA\"},\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\""
                + appId()
                + "\"}}}}}"),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/attributes/name");
  }

  @Test
  void buildsAreAddedAndRemovedWithinTheApp() {
    String g = group("Builds", false);
    String b140 = idOf("/v1/builds?filter[version]=140");
    String lite = idOf("/v1/builds?filter[app]=" + idOf("/v1/apps?filter[sku]=ACME002"));
    assertThat(
            api.post("/v1/betaGroups/" + g + "/relationships/builds", linkage("builds", b140))
                .statusCode())
        .isEqualTo(204);
    assertThat(
            TestApi.json(api.get("/v1/betaGroups/" + g + "/builds"))
                .path("data")
                .path(0)
                .path("id")
                .asText())
        .isEqualTo(b140);
    assertError(
        api.post("/v1/betaGroups/" + g + "/relationships/builds", linkage("builds", lite)),
        409,
        "ENTITY_ERROR.RELATIONSHIP.INVALID",
        "/data");
    assertThat(
            api.delete("/v1/betaGroups/" + g + "/relationships/builds", linkage("builds", b140))
                .statusCode())
        .isEqualTo(204);
    assertThat(TestApi.json(api.get("/v1/betaGroups/" + g + "/relationships/builds")).path("data"))
        .isEmpty();
  }

  @Test
  void internalGroupsWithAllBuildsTakeNoExplicitBuilds() {
    String team = idOf("/v1/betaGroups?filter[name]=Team");
    String b140 = idOf("/v1/builds?filter[version]=140");
    assertThat(
            api.post("/v1/betaGroups/" + team + "/relationships/builds", linkage("builds", b140))
                .statusCode())
        .isEqualTo(422);
  }

  @Test
  void createsATesterInAGroupAndRemovesIt() {
    String qa = idOf("/v1/betaGroups?filter[name]=QA");
    String t =
        api.create(
            "/v1/betaTesters",
            "{\"data\":{\"type\":\"betaTesters\",\"attributes\":{\"email\":\"eve@outside.example.com\",\"firstName\":\"Eve\"},\"relationships\":{\"betaGroups\":{\"data\":[{\"type\":\"betaGroups\",\"id\":\""
                + qa
                + "\"}]}}}}");
    assertThat(
            TestApi.json(api.get("/v1/betaTesters?filter[betaGroups]=" + qa + "&filter[email]=eve"))
                .path("data"))
        .hasSize(1);
    assertThat(
            TestApi.json(api.get("/v1/betaTesters/" + t + "/betaGroups"))
                .path("data")
                .path(0)
                .path("id")
                .asText())
        .isEqualTo(qa);
    assertThat(
            api.delete(
                    "/v1/betaTesters/" + t + "/relationships/betaGroups", linkage("betaGroups", qa))
                .statusCode())
        .isEqualTo(204);
    assertThat(
            TestApi.json(api.get("/v1/betaGroups/" + qa + "/relationships/betaTesters"))
                .path("data"))
        .hasSize(1);
    assertThat(api.delete("/v1/betaTesters/" + t).statusCode()).isEqualTo(204);
  }

  @Test
  void testersListTheirGroupsAsTheGroupsChange() {
    // A tester's betaGroups is the reverse of the groups' testers; each read must see the writes
    // before it (the sandbox indexes the reverse once per read, never across a write).
    String qa = idOf("/v1/betaGroups?filter[name]=QA");
    String extra = group("Extra", false);
    String t = idOf("/v1/betaTesters?filter[email]=tester@outside.example.com");
    String read =
        "/v1/betaTesters?filter[email]=tester@outside.example.com&include=betaGroups"
            + "&fields[betaTesters]=email,betaGroups&fields[betaGroups]=name";
    JsonNode before = TestApi.json(api.get(read));
    assertThat(
            before
                .path("data")
                .path(0)
                .path("relationships")
                .path("betaGroups")
                .path("data")
                .findValuesAsText("id"))
        .containsExactly(qa);
    assertThat(before.path("data").path(0).path("attributes").fieldNames())
        .toIterable()
        .containsExactly("email");
    assertThat(before.path("data").path(0).path("relationships").fieldNames())
        .toIterable()
        .containsExactly("betaGroups");
    assertThat(before.path("included").path(0).path("attributes").fieldNames())
        .toIterable()
        .containsExactly("name");
    assertThat(
            api.post(
                    "/v1/betaGroups/" + extra + "/relationships/betaTesters",
                    linkage("betaTesters", t))
                .statusCode())
        .isEqualTo(204);
    assertThat(
            TestApi.json(api.get(read))
                .path("data")
                .path(0)
                .path("relationships")
                .path("betaGroups")
                .path("data")
                .findValuesAsText("id"))
        .containsExactly(qa, extra);
    assertThat(
            api.delete(
                    "/v1/betaGroups/" + qa + "/relationships/betaTesters",
                    linkage("betaTesters", t))
                .statusCode())
        .isEqualTo(204);
    assertThat(
            TestApi.json(api.get(read))
                .path("data")
                .path(0)
                .path("relationships")
                .path("betaGroups")
                .path("data")
                .findValuesAsText("id"))
        .containsExactly(extra);
    assertThat(
            api.post(
                    "/v1/betaGroups/" + qa + "/relationships/betaTesters",
                    linkage("betaTesters", t))
                .statusCode())
        .isEqualTo(204);
  }

  @Test
  void aNewTesterNeedsAGroupOrBuild() {
    assertError(
        api.post(
            "/v1/betaTesters",
            "{\"data\":{\"type\":\"betaTesters\",\"attributes\":{\"email\":\"solo@outside.example.com\"}}}"),
        409,
        "ENTITY_ERROR.RELATIONSHIP.REQUIRED",
        "/data/relationships/betaGroups");
  }

  @Test
  void appsAndBuildsAreReadable() {
    String app = appId();
    JsonNode builds =
        TestApi.json(
            api.get("/v1/builds?filter[app]=" + app + "&sort=-uploadedDate&filter[expired]=false"));
    assertThat(
            TestApi.json(api.get("/v1/apps/" + app + "/builds?limit=2"))
                .path("meta")
                .path("paging")
                .path("total")
                .asInt())
        .isEqualTo(3);
    assertThat(builds.path("data").findValuesAsText("version")).containsExactly("141", "140");
    JsonNode byVersion =
        TestApi.json(api.get("/v1/builds?filter[preReleaseVersion.version]=1.4.1&include=app"));
    assertThat(byVersion.path("data")).hasSize(1);
    assertThat(byVersion.path("included").path(0).path("id").asText()).isEqualTo(app);
    assertThat(TestApi.json(api.get("/v1/apps/" + app + "/betaGroups")).path("data")).hasSize(2);
    assertThat(
            TestApi.json(
                    api.get(
                        "/v1/builds/"
                            + idOf("/v1/builds?filter[version]=141")
                            + "?include=betaGroups"))
                .path("included")
                .path(0)
                .path("attributes")
                .path("name")
                .asText())
        .isEqualTo("QA");
  }
}
