package dev.ascform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.api.http.AppleApiException;
import dev.ascform.api.resources.Requests;
import dev.ascform.api.testing.Bodies;
import dev.ascform.api.testing.Clients;
import dev.ascform.api.testing.FakeApple;
import dev.ascform.api.testing.FakeApple.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthRetryTest {
  private FakeApple server;
  private final Clients clients = new Clients();
  private static final String UNAUTHORIZED =
      Bodies.error(
          401,
          "NOT_AUTHORIZED",
          null,
          "Provide a properly configured and signed bearer token, and make sure that it has not"
              + " expired.");

  @BeforeEach
  void start() throws Exception {
    server = new FakeApple();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void retriesOnceWithAFreshTokenAfterNotAuthorized() {
    server.onSequence(
        "GET",
        "/v1/devices",
        Reply.json(401, UNAUTHORIZED),
        Reply.json(200, Bodies.page(List.of(), null, 0)));
    AscClient client = clients.client(server);
    client.devices().list(null, null, null);
    List<FakeApple.Seen> seen = server.requests();
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0).authorization()).startsWith("Bearer ey");
    assertThat(seen.get(1).authorization())
        .startsWith("Bearer ey")
        .isNotEqualTo(seen.get(0).authorization());
  }

  @Test
  void aWriteRejectedByAuthIsSentOnceMoreWithAFreshToken() {
    server.onSequence(
        "POST",
        "/v1/devices",
        Reply.json(401, UNAUTHORIZED),
        Reply.json(201, "{\"data\":" + Bodies.device("D1", "u") + "}"));
    AscClient client = clients.client(server);
    assertThat(client.devices().create(Requests.deviceCreate("n", "u", "IOS")).data().id())
        .isEqualTo("D1");
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void persistentUnauthorizedNamesTheKeyIdButNeverTheToken() {
    server.onSequence("GET", "/v1/devices", Reply.json(401, UNAUTHORIZED));
    AscClient client = clients.client(server);
    assertThatThrownBy(() -> client.devices().list(null, null, null))
        .isInstanceOfSatisfying(
            AppleApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.getMessage())
                  .contains("API key KEYID12345")
                  .contains("revoked")
                  .contains("expired")
                  .contains("mistyped")
                  .doesNotContain("eyJ")
                  .doesNotContain("Bearer");
            });
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void onceAFreshTokenIsRefusedTooNoFurtherRequestIsSent() {
    server.onSequence("GET", "/v1/devices", Reply.json(401, UNAUTHORIZED));
    server.onSequence("GET", "/v1/bundleIds", Reply.json(200, Bodies.page(List.of(), null, 0)));
    AscClient client = clients.client(server);
    assertThatThrownBy(() -> client.devices().list(null, null, null))
        .isInstanceOf(AppleApiException.class);
    assertThat(server.requests()).hasSize(2);
    assertThatThrownBy(() -> client.bundleIds().list(null, null, null, null, null))
        .isInstanceOfSatisfying(
            AppleApiException.class,
            e -> {
              assertThat(e.status()).isEqualTo(401);
              assertThat(e.getMessage()).contains("GET /v1/bundleIds", "API key KEYID12345");
            });
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void concurrentReadsOnARejectedKeyCostOneWavePlusOneRetry() throws Exception {
    server.onSequence("GET", "/v1/devices", Reply.json(401, UNAUTHORIZED));
    AscClient client = clients.builder(server).maxConcurrency(4).build();
    var pool = Executors.newFixedThreadPool(12);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        calls.add(pool.submit(() -> client.devices().list(null, null, null)));
      }
      for (var call : calls) {
        assertThatThrownBy(call::get).hasCauseInstanceOf(AppleApiException.class);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.requests())
        .as("a wave of 4, then one request with a fresh token")
        .hasSizeBetween(2, 5);
  }
}
