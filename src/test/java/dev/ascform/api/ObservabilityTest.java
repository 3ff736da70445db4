package dev.ascform.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.http.RequestStats;
import dev.ascform.api.resources.Requests;
import dev.ascform.api.testing.Bodies;
import dev.ascform.api.testing.Clients;
import dev.ascform.api.testing.FakeApple;
import dev.ascform.api.testing.FakeApple.Reply;
import dev.ascform.api.testing.TestKeys;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObservabilityTest {
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
  void debugLogShowsRequestsButNeverTokensOrKeys() {
    server.onSequence(
        "GET",
        "/v1/devices",
        Reply.json(401, Bodies.error(401, "NOT_AUTHORIZED", null, "expired")),
        Reply.json(503, "{}"),
        Reply.json(200, Bodies.page(List.of(), null, 0)));
    server.on(
        "POST", "/v1/devices", s -> Reply.json(201, "{\"data\":" + Bodies.device("D9", "u") + "}"));
    AscClient client = clients.client(server);
    client.devices().list("abc", null, null);
    client.devices().create(Requests.deviceCreate("n", "u", "IOS"));

    String log = String.join("\n", clients.debug);
    assertThat(log)
        .contains("GET " + server.baseUrl() + "/v1/devices?limit=200&filter")
        .contains("-> 401")
        .contains("-> 503")
        .contains("-> 200")
        .contains("POST " + server.baseUrl() + "/v1/devices -> 201")
        .contains("fresh token")
        .contains("retrying");
    String pemBody = TestKeys.pkcs8Pem(clients.keys).split("\n")[1];
    for (FakeApple.Seen seen : server.requests()) {
      String token = seen.authorization().substring("Bearer ".length());
      assertThat(log).doesNotContain(token).doesNotContain(token.split("\\.")[2]);
    }
    assertThat(log)
        .doesNotContainIgnoringCase("authorization")
        .doesNotContain("Bearer")
        .doesNotContain(pemBody)
        .doesNotContain(Base64.getEncoder().encodeToString(clients.keys.getPrivate().getEncoded()));
  }

  @Test
  void countsRequestsByMethodAndPathTemplate() {
    server.on(
        "GET", "/v1/profiles/P1/devices", s -> Reply.json(200, Bodies.page(List.of(), null, 0)));
    server.on(
        "GET", "/v1/profiles/P2/devices", s -> Reply.json(200, Bodies.page(List.of(), null, 0)));
    server.on("DELETE", "/v1/profiles/P1", s -> Reply.empty(204));
    AscClient client = clients.client(server);
    client.profiles().devices("P1");
    client.profiles().devices("P2");
    client.profiles().delete("P1");
    RequestStats.Snapshot snap = client.stats().snapshot();
    assertThat(snap.byEndpoint())
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of("GET /v1/profiles/{id}/devices", 2L, "DELETE /v1/profiles/{id}", 1L)));
    assertThat(snap.requests()).isEqualTo(3);
    assertThat(snap.totalTime().isNegative()).isFalse();
    com.fasterxml.jackson.databind.JsonNode json = AscClient.newMapper().valueToTree(snap);
    assertThat(json.path("byEndpoint").path("GET /v1/profiles/{id}/devices").asLong()).isEqualTo(2);
    assertThat(json.has("totalTimeMillis")).isTrue();
    assertThat(json.has("totalTime")).isFalse();
  }

  @Test
  void boundsRequestsInFlight() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    server.on(
        "GET",
        "/v1/devices",
        s -> {
          most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          try {
            Thread.sleep(30);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          inFlight.decrementAndGet();
          return Reply.json(200, Bodies.page(List.of(), null, 0));
        });
    AscClient client = clients.builder(server).maxConcurrency(2).build();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        futures.add(pool.submit(() -> client.devices().list(null, null, null)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(most.get()).isBetween(1, 2);
    assertThat(client.stats().snapshot().count("GET /v1/devices")).isEqualTo(6);
  }

  @Test
  void writesSendJsonApiBodiesIncludingDeleteWithBodyAndPatch() {
    server.on("DELETE", "/v1/betaGroups/G1/relationships/betaTesters", s -> Reply.empty(204));
    server.on("PATCH", "/v1/users/U1/relationships/visibleApps", s -> Reply.empty(204));
    AscClient client = clients.client(server);
    client
        .betaGroups()
        .removeBetaTesters("G1", Requests.linkages("betaTesters", List.of("T1", "T2")));
    client.users().replaceVisibleApps("U1", Requests.linkages("apps", List.of("A1")));
    assertThat(server.requests().get(0).body())
        .isEqualTo(
            "{\"data\":[{\"type\":\"betaTesters\",\"id\":\"T1\"},{\"type\":\"betaTesters\",\"id\":\"T2\"}]}");
    assertThat(server.requests().get(0).contentType()).isEqualTo("application/json");
    assertThat(server.requests().get(1).method()).isEqualTo("PATCH");
    assertThat(server.requests().get(1).body())
        .isEqualTo("{\"data\":[{\"type\":\"apps\",\"id\":\"A1\"}]}");
  }
}
