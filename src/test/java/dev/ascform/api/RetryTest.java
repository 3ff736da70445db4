package dev.ascform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.api.http.ApiTransportException;
import dev.ascform.api.http.AppleApiException;
import dev.ascform.api.resources.Requests;
import dev.ascform.api.testing.Bodies;
import dev.ascform.api.testing.Clients;
import dev.ascform.api.testing.FakeApple;
import dev.ascform.api.testing.FakeApple.Reply;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryTest {
  private FakeApple server;
  private final Clients clients = new Clients();
  private static final String RATE = Bodies.error(429, "RATE_LIMIT_EXCEEDED", null, "slow down");

  @BeforeEach
  void start() throws Exception {
    server = new FakeApple();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void retriesReadsHonouringRetryAfterThenFullJitterBackoff() {
    server.onSequence(
        "GET",
        "/v1/devices",
        Reply.json(429, RATE).with("Retry-After", "7"),
        Reply.json(503, Bodies.error(503, "UNAVAILABLE", null, "x")),
        Reply.empty(502),
        Reply.json(200, Bodies.page(Bodies.devices(0, 1), null, 1)));
    AscClient client = clients.client(server);

    assertThat(client.devices().list(null, null, null).data()).hasSize(1);

    // seed 42: nextDouble() = 0.7275636800328681, 0.6832234717598454
    // retry 2 ceiling 2 s -> 1455 ms; retry 3 ceiling 4 s -> 2732 ms
    assertThat(clients.sleeper.sleeps())
        .containsExactly(Duration.ofSeconds(7), Duration.ofMillis(1455), Duration.ofMillis(2732));
    assertThat(server.requests()).hasSize(4);
    assertThat(client.stats().snapshot().retries()).isEqualTo(3);
  }

  /**
   * A page whose body is cut off mid-read is read again, like a dropped connection; before, the
   * body was read after the retry loop and the plan failed with "closed reading GET ..." (seen in
   * the suite under heavy load).
   */
  @Test
  void readsAgainAPageWhoseBodyWasCutOff() {
    String page = Bodies.page(Bodies.devices(0, 3), null, 3);
    server.onSequence("GET", "/v1/devices", Reply.json(200, page).cut(), Reply.json(200, page));
    AscClient client = clients.client(server);

    assertThat(client.devices().list(null, null, null).data()).hasSize(3);
    assertThat(server.requests()).hasSize(2);
    assertThat(client.stats().snapshot().retries()).isEqualTo(1);
  }

  @Test
  void giveUpAfterMaxAttemptsAndReportsTheLastError() {
    server.onSequence(
        "GET", "/v1/devices", Reply.json(503, Bodies.error(503, "UNAVAILABLE", null, "down")));
    AscClient client = clients.client(server);
    assertThatThrownBy(() -> client.devices().list(null, null, null))
        .isInstanceOf(AppleApiException.class)
        .hasMessageStartingWith("503 UNAVAILABLE: down (GET /v1/devices)");
    assertThat(server.requests()).hasSize(4);
  }

  @Test
  void stopsRetryingWhenRetryAfterExceedsTheTotalWait() {
    server.onSequence("GET", "/v1/devices", Reply.json(429, RATE).with("Retry-After", "3600"));
    AscClient client = clients.client(server);
    assertThatThrownBy(() -> client.devices().list(null, null, null))
        .isInstanceOfSatisfying(
            AppleApiException.class, e -> assertThat(e.hasCode("RATE_LIMIT_EXCEEDED")).isTrue());
    assertThat(server.requests()).hasSize(1);
    assertThat(clients.sleeper.sleeps()).isEmpty();
  }

  @Test
  void neverResendsWrites() {
    server.onSequence(
        "POST", "/v1/bundleIds", Reply.json(503, Bodies.error(503, "UNAVAILABLE", null, "x")));
    server.onSequence("PATCH", "/v1/devices/D1", Reply.json(429, RATE).with("Retry-After", "1"));
    server.onSequence("DELETE", "/v1/profiles/P1", Reply.empty(500));
    AscClient client = clients.client(server);
    assertThatThrownBy(
            () -> client.bundleIds().create(Requests.bundleIdCreate("com.a", "A", "IOS", null)))
        .isInstanceOf(AppleApiException.class);
    assertThatThrownBy(
            () -> client.devices().update("D1", Requests.deviceUpdate("D1", null, "DISABLED")))
        .isInstanceOf(AppleApiException.class);
    assertThatThrownBy(() -> client.profiles().delete("P1")).isInstanceOf(AppleApiException.class);
    assertThat(server.requests())
        .extracting(FakeApple.Seen::method)
        .containsExactly("POST", "PATCH", "DELETE");
    assertThat(clients.sleeper.sleeps()).isEmpty();
  }

  @Test
  void retriesConnectionFailuresOnReadsThenReportsClearly() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread closer =
          new Thread(
              () -> {
                while (!s.isClosed()) {
                  try {
                    s.accept().close();
                  } catch (java.io.IOException e) {
                    return;
                  }
                }
              });
      closer.setDaemon(true);
      closer.start();
      AscClient client =
          clients.builder(server).baseUrl("http://127.0.0.1:" + s.getLocalPort()).build();
      assertThatThrownBy(() -> client.devices().list(null, null, null))
          .isInstanceOf(ApiTransportException.class)
          .hasMessageContaining(
              "could not reach App Store Connect for GET /v1/devices after 4 attempts");
      assertThat(clients.sleeper.sleeps()).hasSize(3);
      assertThat(client.stats().snapshot().count("GET /v1/devices")).isEqualTo(4);
    }
  }

  @Test
  void aRefusedConnectionFailsAtOnceWithoutRetries() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    AscClient client = clients.builder(server).baseUrl("http://127.0.0.1:" + port).build();
    assertThatThrownBy(() -> client.devices().list(null, null, null))
        .isInstanceOf(ApiTransportException.class)
        .hasMessageContaining(
            "could not reach App Store Connect for GET /v1/devices after 1 attempt"
                + " (connection refused: nothing is listening on 127.0.0.1:"
                + port
                + ")")
        .hasMessageContaining("--api-url");
    assertThat(clients.sleeper.sleeps()).isEmpty();
    assertThat(client.stats().snapshot().count("GET /v1/devices")).isEqualTo(1);
  }

  @Test
  void connectionFailureOnAWriteIsNotRetried() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    AscClient client = clients.builder(server).baseUrl("http://127.0.0.1:" + port).build();
    assertThatThrownBy(() -> client.devices().create(Requests.deviceCreate("n", "u", "IOS")))
        .isInstanceOf(ApiTransportException.class)
        .hasMessageContaining("after 1 attempt");
    assertThat(clients.sleeper.sleeps()).isEmpty();
  }

  @Test
  void retryAfterAsHttpDateUsesTheInjectedClock() {
    server.onSequence(
        "GET",
        "/v1/devices",
        Reply.json(429, RATE).with("Retry-After", "Fri, 27 Nov 2026 12:00:05 GMT"),
        Reply.json(200, Bodies.page(List.of(), null, 0)));
    AscClient client = clients.client(server);
    client.devices().list(null, null, null);
    assertThat(clients.sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
  }
}
