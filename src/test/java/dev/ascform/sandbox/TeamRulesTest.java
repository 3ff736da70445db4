package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class TeamRulesTest extends SeededSandboxTest {

  private static String invitation(String email) {
    return "{\"data\":{\"type\":\"userInvitations\",\"attributes\":{\"email\":\""
        + email
        + "\",\"firstName\":\"A\",\"lastName\":\"B\",\"roles\":[\"DEVELOPER\"]}}}";
  }

  @Test
  void listsSeededUsersWithUsernameFilter() {
    JsonNode doc = TestApi.json(api.get("/v1/users?filter[username]=owner@acme.example.com"));
    assertThat(doc.path("data")).hasSize(1);
    assertThat(doc.path("data").path(0).path("attributes").path("roles").toString())
        .contains("ACCOUNT_HOLDER");
  }

  @Test
  void updatesRolesAsAWholeSet() {
    String id = idOf("/v1/users?filter[username]=dev@acme.example.com");
    HttpResponse<String> r =
        api.patch(
            "/v1/users/" + id,
            "{\"data\":{\"type\":\"users\",\"id\":\""
                + id
                + "\",\"attributes\":{\"roles\":[\"APP_MANAGER\",\"DEVELOPER\"],\"provisioningAllowed\":true}}}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(TestApi.json(r).path("data").path("attributes").path("roles")).hasSize(2);
  }

  @Test
  void theAccountHolderCannotBeRemovedOrDemoted() {
    String id = idOf("/v1/users?filter[username]=owner@acme.example.com");
    assertError(api.delete("/v1/users/" + id), 409, "STATE_ERROR", null);
    assertError(
        api.patch(
            "/v1/users/" + id,
            "{\"data\":{\"type\":\"users\",\"id\":\""
                + id
                + "\",\"attributes\":{\"roles\":[\"ADMIN\"]}}}"),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/attributes/roles");
  }

  @Test
  void visibleAppsAreAddedReplacedAndRemoved() {
    String user = idOf("/v1/users?filter[username]=dev@acme.example.com");
    String app =
        idOf(
            "/v1/apps?filter[bundleId]=com.acme.app&filter[name]=Acme&sort=name&limit=1&filter[sku]=ACME001");
    String lite = idOf("/v1/apps?filter[sku]=ACME002");
    String rel = "/v1/users/" + user + "/relationships/visibleApps";
    assertThat(api.post(rel, linkage("apps", lite)).statusCode()).isEqualTo(204);
    assertThat(TestApi.json(api.get(rel)).path("data").findValuesAsText("id"))
        .containsExactlyInAnyOrder(app, lite);
    assertThat(api.send("PATCH", rel, linkage("apps", lite)).statusCode()).isEqualTo(204);
    assertThat(
            TestApi.json(api.get("/v1/users/" + user + "/visibleApps"))
                .path("data")
                .findValuesAsText("id"))
        .containsExactly(lite);
    assertThat(api.delete(rel, linkage("apps", lite)).statusCode()).isEqualTo(204);
    assertThat(TestApi.json(api.get(rel)).path("data")).isEmpty();
    assertError(
        api.post(rel, linkage("apps", "0000000000")),
        409,
        "ENTITY_ERROR.RELATIONSHIP.INVALID",
        "/data/0");
  }

  @Test
  void removesAMember() {
    String id = idOf("/v1/users?filter[username]=dev@acme.example.com");
    assertThat(api.delete("/v1/users/" + id).statusCode()).isEqualTo(204);
    assertError(api.get("/v1/users/" + id), 404, "NOT_FOUND", null);
  }

  @Test
  void aSecondInvitationForAPendingEmailFails() {
    assertError(
        api.post("/v1/userInvitations", invitation("new@acme.example.com")),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/attributes/email");
  }

  @Test
  void invitingAMemberFails() {
    assertError(
        api.post("/v1/userInvitations", invitation("DEV@acme.example.com")),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/attributes/email");
  }

  @Test
  void invitationsAreImmutable() {
    String id = idOf("/v1/userInvitations?filter[email]=new@acme.example.com");
    assertError(
        api.patch(
            "/v1/userInvitations/" + id,
            "{\"data\":{\"type\":\"userInvitations\",\"id\":\"" + id + "\",\"attributes\":{}}}"),
        405,
        "METHOD_NOT_ALLOWED",
        null);
  }

  @Test
  void invitationsNeedNamesAndRoles() {
    assertError(
        api.post(
            "/v1/userInvitations",
            "{\"data\":{\"type\":\"userInvitations\",\"attributes\":{\"email\":\"x@acme.example.com\",\"firstName\":\"A\",\"lastName\":\"B\"}}}"),
        409,
        "ENTITY_ERROR.ATTRIBUTE.REQUIRED",
        "/data/attributes/roles");
  }

  @Test
  void anAcceptedInvitationIsGoneAndItsInviteeIsAUser() {
    String id = api.create("/v1/userInvitations", invitation("joiner@acme.example.com"));
    HttpResponse<String> accepted =
        api.send("POST", "/_sandbox/userInvitations/accept?email=joiner@acme.example.com", null);
    assertThat(accepted.statusCode()).isEqualTo(200);
    assertThat(api.get("/v1/userInvitations/" + id).statusCode()).isEqualTo(410);
    assertThat(
            TestApi.json(api.get("/v1/users?filter[username]=joiner@acme.example.com"))
                .path("data"))
        .hasSize(1);
  }

  @Test
  void cancelsAnInvitation() {
    String id = idOf("/v1/userInvitations?filter[email]=new@acme.example.com");
    assertThat(api.delete("/v1/userInvitations/" + id).statusCode()).isEqualTo(204);
    assertThat(api.post("/v1/userInvitations", invitation("new@acme.example.com")).statusCode())
        .isEqualTo(201);
  }
}
