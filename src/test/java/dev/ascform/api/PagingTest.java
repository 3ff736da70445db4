package dev.ascform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.api.http.PagingException;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.testing.Bodies;
import dev.ascform.api.testing.Clients;
import dev.ascform.api.testing.FakeApple;
import dev.ascform.api.testing.FakeApple.Reply;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagingTest {
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
  void followsNextLinksExactlyUntilAbsent() {
    String base = server.baseUrl();
    server.on(
        "GET",
        "/v1/devices",
        s -> {
          if (!s.query().contains("cursor=")) {
            return Reply.json(
                200,
                Bodies.page(Bodies.devices(0, 3), base + "/v1/devices?cursor=AAA&limit=200", 7));
          }
          if (s.query().contains("cursor=AAA")) {
            return Reply.json(
                200,
                Bodies.page(Bodies.devices(3, 6), base + "/v1/devices?cursor=BBB&limit=200", 7));
          }
          return Reply.json(200, Bodies.page(Bodies.devices(6, 7), null, 7));
        });
    AscClient client = clients.client(server);

    PagedResult all = client.pager().all(() -> client.devices().list(null, null, null));

    assertThat(all.data())
        .extracting(Resource::id)
        .containsExactly("D0", "D1", "D2", "D3", "D4", "D5", "D6");
    assertThat(all.pages()).isEqualTo(3);
    assertThat(all.data().get(0).text("deviceClass")).isEqualTo("NEW_CLASS");
    assertThat(server.requests())
        .extracting(FakeApple.Seen::query)
        .containsExactly("limit=200&sort=udid", "cursor=AAA&limit=200", "cursor=BBB&limit=200");
    assertThat(client.stats().snapshot().count("GET /v1/devices")).isEqualTo(3);
  }

  @Test
  void sendsFiltersAndDropsAbsentOnes() {
    server.on("GET", "/v1/bundleIds", s -> Reply.json(200, Bodies.page(List.of(), null, 0)));
    AscClient client = clients.client(server);
    client.bundleIds().list("com.acme.app", null, "bundleIdCapabilities,profiles", 50, null);
    assertThat(server.requests().get(0).query())
        .isEqualTo(
            "limit=200&filter[identifier]=com.acme.app&include=bundleIdCapabilities,profiles"
                + "&limit[bundleIdCapabilities]=50&sort=identifier");
  }

  @Test
  void collectsIncludedResourcesOnceAcrossPages() {
    String base = server.baseUrl();
    String cap =
        "{\"type\":\"bundleIdCapabilities\",\"id\":\"C1\",\"attributes\":{\"capabilityType\":\"BRAND_NEW\"}}";
    server.on(
        "GET",
        "/v1/bundleIds",
        s ->
            s.query().contains("cursor")
                ? Reply.json(
                    200,
                    "{\"data\":["
                        + Bodies.bundleId("B2", "b")
                        + "],\"included\":["
                        + cap
                        + "],\"links\":{\"self\":\"x2\"}}")
                : Reply.json(
                    200,
                    "{\"data\":["
                        + Bodies.bundleId("B1", "a")
                        + "],\"included\":["
                        + cap
                        + "],\"links\":{\"self\":\"x1\",\"next\":\""
                        + base
                        + "/v1/bundleIds?cursor=1\"}}"));
    AscClient client = clients.client(server);
    PagedResult all =
        client
            .pager()
            .all(() -> client.bundleIds().list(null, null, "bundleIdCapabilities", null, null));
    assertThat(all.data()).hasSize(2);
    assertThat(all.included())
        .singleElement()
        .extracting(r -> r.text("capabilityType"))
        .isEqualTo("BRAND_NEW");
  }

  @Test
  void followsNextLinksCarryingRawBrackets() {
    String base = server.baseUrl();
    server.on(
        "GET",
        "/v1/bundleIds",
        s ->
            s.query().contains("cursor")
                ? Reply.json(
                    200, Bodies.page(List.of(Bodies.bundleId("B2", "com.acme.b")), null, 2))
                : Reply.json(
                    200,
                    Bodies.page(
                        List.of(Bodies.bundleId("B1", "com.acme.a")),
                        base + "/v1/bundleIds?cursor=Mg&limit=200&filter[identifier]=com.acme",
                        2)));
    AscClient client = clients.client(server);
    assertThat(
            client
                .pager()
                .all(() -> client.bundleIds().list("com.acme", null, null, null, null))
                .data())
        .hasSize(2);
    assertThat(server.requests().get(1).query())
        .isEqualTo("cursor=Mg&limit=200&filter[identifier]=com.acme");
  }

  @Test
  void stopsOnARepeatedNextLink() {
    String base = server.baseUrl();
    server.on(
        "GET",
        "/v1/devices",
        s ->
            s.query().contains("cursor=B")
                ? Reply.json(
                    200, Bodies.page(Bodies.devices(2, 3), base + "/v1/devices?cursor=A", null))
                : Reply.json(
                    200, Bodies.page(Bodies.devices(0, 2), base + "/v1/devices?cursor=B", null)));
    AscClient client = clients.client(server);
    assertThatThrownBy(() -> client.pager().all(() -> client.devices().list(null, null, null)))
        .isInstanceOf(PagingException.class)
        .hasMessageContaining("same links.next twice");
    assertThat(server.requests()).hasSize(3);
  }

  @Test
  void stopsOnAnEndlessNextChain() {
    String base = server.baseUrl();
    AtomicInteger n = new AtomicInteger();
    server.on(
        "GET",
        "/v1/devices",
        s ->
            Reply.json(
                200,
                Bodies.page(
                    Bodies.devices(0, 1),
                    base + "/v1/devices?cursor=" + n.incrementAndGet(),
                    null)));
    AscClient client = clients.builder(server).maxPages(5).build();
    assertThatThrownBy(() -> client.pager().all(() -> client.devices().list(null, null, null)))
        .isInstanceOf(PagingException.class)
        .hasMessageContaining("more than 5 pages");
    assertThat(server.requests()).hasSize(5);
  }

  @Test
  void refusesANextLinkToAnotherHost() {
    server.on(
        "GET",
        "/v1/devices",
        s ->
            Reply.json(
                200,
                Bodies.page(
                    Bodies.devices(0, 1), "https://evil.example/v1/devices?cursor=1", null)));
    AscClient client = clients.client(server);
    assertThatThrownBy(() -> client.pager().all(() -> client.devices().list(null, null, null)))
        .isInstanceOf(PagingException.class)
        .hasMessageContaining("another host");
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void encodesPlusAddressedEmailsSoTheyArriveIntact() {
    server.on(
        "GET",
        "/v1/betaTesters",
        s ->
            Reply.json(
                200,
                Bodies.page(
                    List.of(
                        "{\"type\":\"betaTesters\",\"id\":\"T1\",\"attributes\":{\"email\":\"QA+ios@acme.com\"}}"),
                    null,
                    1)));
    AscClient client = clients.client(server);
    assertThat(client.lookups().findBetaTesterByEmail("qa+ios@acme.com"))
        .get()
        .extracting(Resource::id)
        .isEqualTo("T1");
    assertThat(server.requests().get(0).query())
        .startsWith("limit=200&filter[email]=qa+ios@acme.com&");
  }

  @Test
  void exactLookupIgnoresSubstringMatches() {
    server.on(
        "GET",
        "/v1/bundleIds",
        s ->
            Reply.json(
                200,
                Bodies.page(
                    List.of(
                        Bodies.bundleId("B1", "com.acme.app.widget"),
                        Bodies.bundleId("B2", "com.acme.app"),
                        Bodies.bundleId("B3", "com.acme.apple")),
                    null,
                    3)));
    AscClient client = clients.client(server);
    assertThat(client.lookups().findBundleIdByIdentifier("com.acme.app"))
        .get()
        .extracting(Resource::id)
        .isEqualTo("B2");
    assertThat(client.lookups().findBundleIdByIdentifier("com.acme")).isEmpty();
  }
}
