package dev.ascform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.api.http.AppleApiException;
import dev.ascform.api.http.AscApiException;
import dev.ascform.api.jsonapi.ApiError;
import dev.ascform.api.resources.Requests;
import dev.ascform.api.testing.Bodies;
import dev.ascform.api.testing.Clients;
import dev.ascform.api.testing.FakeApple;
import dev.ascform.api.testing.FakeApple.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorDecodingTest {
  private FakeApple server;
  private final Clients clients = new Clients();

  @BeforeEach
  void start() throws Exception {
    server = new FakeApple();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void conflictReadsWellAndKeepsEveryField() {
    server.on(
        "POST",
        "/v1/bundleIds",
        s ->
            Reply.json(
                409,
                "{\"errors\":[{\"id\":\"abc\",\"status\":\"409\",\"code\":\"ENTITY_ERROR.ATTRIBUTE.INVALID\",\"title\":\"An"
                    + " attribute value is invalid.\",\"detail\":\"An App ID with Identifier"
                    + " 'com.acme.app' is not available.\","
                    + "\"source\":{\"pointer\":\"/data/attributes/identifier\"},"
                    + "\"meta\":{\"associatedErrors\":{\"/v1/bundleIds\":[{\"status\":\"409\",\"code\":\"ENTITY_ERROR\",\"title\":\"x\",\"detail\":\"nested\"}]}}}]}"));
    AscClient client = clients.client(server);
    assertThatThrownBy(
            () ->
                client
                    .bundleIds()
                    .create(Requests.bundleIdCreate("com.acme.app", "Acme", "IOS", null)))
        .isInstanceOfSatisfying(
            AppleApiException.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo(
                      "409 ENTITY_ERROR.ATTRIBUTE.INVALID at /data/attributes/identifier: An App ID"
                          + " with Identifier 'com.acme.app' is not available. (POST"
                          + " /v1/bundleIds)");
              assertThat(e.status()).isEqualTo(409);
              assertThat(e.code()).isEqualTo("ENTITY_ERROR.ATTRIBUTE.INVALID");
              assertThat(e.title()).isEqualTo("An attribute value is invalid.");
              assertThat(e.sourcePointer()).isEqualTo("/data/attributes/identifier");
              assertThat(e.method()).isEqualTo("POST");
              assertThat(e.path()).isEqualTo("/v1/bundleIds");
              assertThat(e.hasCode("ENTITY_ERROR")).isTrue();
              assertThat(e.hasCode("ENTITY_ERROR.ATTRIBUTE")).isTrue();
              assertThat(e.hasCode("ENTITY")).isFalse();
              assertThat(e.hasCode("STATE_ERROR")).isFalse();
              Map<String, List<ApiError>> assoc = e.errors().get(0).associatedErrors();
              assertThat(assoc.get("/v1/bundleIds"))
                  .singleElement()
                  .extracting(ApiError::detail)
                  .isEqualTo("nested");
            });
  }

  @Test
  void parameterErrorsNameTheParameter() {
    server.on(
        "GET",
        "/v1/devices",
        s ->
            Reply.json(
                400,
                "{\"errors\":[{\"status\":\"400\",\"code\":\"PARAMETER_ERROR.INVALID\",\"title\":\"t\",\"detail\":\"bad"
                    + " platform\",\"source\":{\"parameter\":\"filter[platform]\"}}]}"));
    AscClient client = clients.client(server);
    assertThatThrownBy(() -> client.devices().list(null, "WINDOWS", null))
        .isInstanceOfSatisfying(
            AppleApiException.class,
            e -> {
              assertThat(e.sourceParameter()).isEqualTo("filter[platform]");
              assertThat(e.getMessage())
                  .startsWith("400 PARAMETER_ERROR.INVALID at filter[platform]: bad platform");
            });
  }

  @Test
  void nonJsonBodiesAreShownAsAnExcerpt() {
    server.on(
        "GET",
        "/v1/apps",
        s ->
            new Reply(
                404,
                Map.of("Content-Type", "text/html"),
                "<html>Not Found</html>".getBytes(StandardCharsets.UTF_8)));
    AscClient client = clients.client(server);
    assertThatThrownBy(() -> client.apps().list(null, null))
        .isInstanceOfSatisfying(
            AppleApiException.class,
            e -> {
              assertThat(e.errors()).isEmpty();
              assertThat(e.getMessage())
                  .isEqualTo(
                      "404 unexpected non-JSON error body: (text/html) <html>Not Found</html> (GET"
                          + " /v1/apps)");
            });
  }

  @Test
  void aSuccessThatIsNotJsonIsReportedClearly() {
    server.on(
        "GET",
        "/v1/apps",
        s ->
            new Reply(
                200,
                Map.of("Content-Type", "text/html"),
                "<html>Please log in to the proxy</html>".getBytes(StandardCharsets.UTF_8)));
    AscClient client = clients.client(server);
    assertThatThrownBy(() -> client.apps().list(null, null))
        .isInstanceOf(AscApiException.class)
        .hasMessage(
            "GET /v1/apps answered 200 with text/html instead of JSON (a proxy or captive portal"
                + " in the way? check --api-url): <html>Please log in to the proxy</html>");
  }

  @Test
  void forbiddenOnProvisioningAsksForATeamKeyWithARole() {
    server.on(
        "GET",
        "/v1/profiles",
        s -> Reply.json(403, Bodies.error(403, "FORBIDDEN_ERROR", null, "not allowed")));
    AscClient client = clients.client(server);
    assertThatThrownBy(() -> client.profiles().list(null, null, null, null, null, null))
        .hasMessageContaining("403 FORBIDDEN_ERROR: not allowed")
        .hasMessageContaining("team API key")
        .hasMessageContaining("role has access");
  }

  @Test
  void forbiddenElsewhereHasNoProvisioningHint() {
    server.on(
        "GET", "/v1/users", s -> Reply.json(403, Bodies.error(403, "FORBIDDEN_ERROR", null, "no")));
    AscClient client = clients.client(server);
    assertThatThrownBy(() -> client.users().list(null, null, null))
        .hasMessageNotContaining("team API key");
  }
}
