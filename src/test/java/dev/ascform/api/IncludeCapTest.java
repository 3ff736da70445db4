package dev.ascform.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import dev.ascform.api.testing.Bodies;
import dev.ascform.api.testing.Clients;
import dev.ascform.api.testing.FakeApple;
import dev.ascform.api.testing.FakeApple.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncludeCapTest {
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

  private static String profile(String id, int included, Integer total) {
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < included; i++) {
      refs.add("{\"type\":\"devices\",\"id\":\"D" + i + "\"}");
    }
    return "{\"type\":\"profiles\",\"id\":\""
        + id
        + "\",\"attributes\":{\"name\":\""
        + id
        + "\"},"
        + "\"relationships\":{\"devices\":{\"data\":["
        + String.join(",", refs)
        + "],"
        + "\"meta\":{\"paging\":{"
        + (total == null ? "" : "\"total\":" + total + ",")
        + "\"limit\":50}}}}}";
  }

  @Test
  void readsTheRelatedEndpointWhenTheIncludeWasCapped() {
    String base = server.baseUrl();
    server.on(
        "GET",
        "/v1/profiles",
        s ->
            Reply.json(
                200,
                "{\"data\":["
                    + profile("BIG", 50, 120)
                    + ","
                    + profile("SMALL", 2, 2)
                    + "],\"included\":["
                    + String.join(",", Bodies.devices(0, 50))
                    + "],\"links\":{\"self\":\"s\"}}"));
    server.on(
        "GET",
        "/v1/profiles/BIG/devices",
        s ->
            s.query().contains("cursor")
                ? Reply.json(200, Bodies.page(Bodies.devices(100, 120), null, 120))
                : Reply.json(
                    200,
                    Bodies.page(
                        Bodies.devices(0, 100),
                        base + "/v1/profiles/BIG/devices?cursor=2&limit=200",
                        120)));
    AscClient client = clients.client(server);

    PagedResult profiles =
        client.pager().all(() -> client.profiles().list(null, null, null, "devices", 50, null));
    Resource big = profiles.data().get(0);
    Resource small = profiles.data().get(1);

    List<Resource> bigDevices =
        client
            .relationships()
            .resources(
                big,
                "devices",
                profiles.includedByRef(),
                () -> client.profiles().devices(big.id()));
    List<Resource> smallDevices =
        client
            .relationships()
            .resources(
                small,
                "devices",
                profiles.includedByRef(),
                () -> client.profiles().devices(small.id()));

    assertThat(bigDevices).hasSize(120);
    assertThat(smallDevices).extracting(Resource::id).containsExactly("D0", "D1");
    assertThat(server.requests())
        .extracting(FakeApple.Seen::path)
        .containsExactly("/v1/profiles", "/v1/profiles/BIG/devices", "/v1/profiles/BIG/devices");
  }

  @Test
  void identifiersComeFromTheLinkageEndpointWhenTruncated() {
    server.on(
        "GET",
        "/v1/profiles/P/relationships/devices",
        s ->
            Reply.json(
                200,
                "{\"data\":["
                    + IntStream.range(0, 60)
                        .mapToObj(i -> "{\"type\":\"devices\",\"id\":\"X" + i + "\"}")
                        .collect(Collectors.joining(","))
                    + "],\"links\":{\"self\":\"s\"}}"));
    AscClient client = clients.client(server);
    Resource noTotal =
        AscClient.newMapper()
            .convertValue(
                AscClient.newMapper().valueToTree(profileNode(profile("P", 50, null))),
                Resource.class);
    List<ResourceRef> refs =
        client.relationships().refs(noTotal, "devices", () -> client.profiles().deviceIds("P"));
    assertThat(refs).hasSize(60);
  }

  private static Object profileNode(String json) {
    try {
      return AscClient.newMapper().readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
