package dev.ascform.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.http.PathTemplates;
import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.RelationshipDocument;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import dev.ascform.api.resources.SpecConformanceTestAccess;
import dev.ascform.api.testing.Clients;
import dev.ascform.api.testing.FakeApple;
import feign.RequestLine;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every collection the client reads is read completely from a server that pages in threes. */
class CompleteListingTest {
  private static final int COUNT = 7;
  private static final int PAGE = 3;
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

  private Map<String, Supplier<CollectionDocument>> collections(AscClient c) {
    Map<String, Supplier<CollectionDocument>> m = new LinkedHashMap<>();
    m.put("/v1/apps", () -> c.apps().list(null, null));
    m.put("/v1/apps/A/builds", () -> c.apps().builds("A"));
    m.put("/v1/builds", () -> c.builds().list("A", null, null, null, null));
    m.put("/v1/bundleIds", () -> c.bundleIds().list(null, null, null, null, null));
    m.put("/v1/bundleIds/B/profiles", () -> c.bundleIds().profiles("B"));
    m.put(
        "/v1/bundleIds/B/bundleIdCapabilities",
        () -> c.bundleIdCapabilities().listForBundleId("B"));
    m.put("/v1/certificates", () -> c.certificates().list(null, null));
    m.put("/v1/devices", () -> c.devices().list(null, null, null));
    m.put("/v1/profiles", () -> c.profiles().list(null, null, null, null, null, null));
    m.put("/v1/profiles/P/devices", () -> c.profiles().devices("P"));
    m.put("/v1/profiles/P/certificates", () -> c.profiles().certificates("P"));
    m.put("/v1/users", () -> c.users().list(null, null, null));
    m.put("/v1/users/U/visibleApps", () -> c.users().visibleApps("U"));
    m.put("/v1/userInvitations", () -> c.userInvitations().list(null, null, null));
    m.put("/v1/userInvitations/I/visibleApps", () -> c.userInvitations().visibleApps("I"));
    m.put("/v1/betaGroups", () -> c.betaGroups().list(null, null, null, null));
    m.put("/v1/apps/A/betaGroups", () -> c.betaGroups().listForApp("A"));
    m.put("/v1/betaGroups/G/betaTesters", () -> c.betaGroups().betaTesters("G"));
    m.put("/v1/betaGroups/G/builds", () -> c.betaGroups().builds("G"));
    m.put("/v1/betaTesters", () -> c.betaTesters().list(null, null, null, null, null));
    m.put("/v1/betaTesters/T/betaGroups", () -> c.betaTesters().betaGroups("T"));
    return m;
  }

  private Map<String, Supplier<RelationshipDocument>> linkages(AscClient c) {
    Map<String, Supplier<RelationshipDocument>> m = new LinkedHashMap<>();
    m.put("/v1/profiles/P/relationships/devices", () -> c.profiles().deviceIds("P"));
    m.put("/v1/profiles/P/relationships/certificates", () -> c.profiles().certificateIds("P"));
    m.put("/v1/users/U/relationships/visibleApps", () -> c.users().visibleAppIds("U"));
    m.put("/v1/betaGroups/G/relationships/betaTesters", () -> c.betaGroups().betaTesterIds("G"));
    m.put("/v1/betaGroups/G/relationships/builds", () -> c.betaGroups().buildIds("G"));
    m.put("/v1/betaTesters/T/relationships/betaGroups", () -> c.betaTesters().betaGroupIds("T"));
    return m;
  }

  @Test
  void readsEveryCollectionCompletely() {
    AscClient client = clients.client(server);
    Map<String, Supplier<CollectionDocument>> collections = collections(client);
    Map<String, Supplier<RelationshipDocument>> linkages = linkages(client);
    collections.keySet().forEach(p -> server.paged(p, "things", COUNT, PAGE));
    linkages.keySet().forEach(p -> server.paged(p, "refs", COUNT, PAGE));

    collections.forEach(
        (path, first) -> {
          PagedResult all = client.pager().all(first);
          assertThat(all.data())
              .as(path)
              .extracting(Resource::id)
              .doesNotHaveDuplicates()
              .hasSize(COUNT);
          assertThat(all.pages()).as(path).isEqualTo(3);
        });
    linkages.forEach(
        (path, first) ->
            assertThat(client.pager().allRefs(first))
                .as(path)
                .extracting(ResourceRef::id)
                .doesNotHaveDuplicates()
                .hasSize(COUNT));
    assertThat(server.requests()).hasSize((collections.size() + linkages.size()) * 3);
  }

  @Test
  void everyCollectionMethodIsCoveredAbove() {
    AscClient client = clients.client(server);
    Set<String> covered = new TreeSet<>();
    collections(client).keySet().forEach(p -> covered.add(template(p)));
    linkages(client).keySet().forEach(p -> covered.add(template(p)));
    Set<String> declared = new TreeSet<>();
    for (Class<?> api : SpecConformanceTestAccess.apis()) {
      for (Method m : api.getDeclaredMethods()) {
        Class<?> r = m.getReturnType();
        if (r == CollectionDocument.class || r == RelationshipDocument.class) {
          String line = m.getAnnotation(RequestLine.class).value();
          String path = line.substring(line.indexOf(' ') + 1).split("\\?")[0];
          declared.add(path);
        }
      }
    }
    assertThat(covered).isEqualTo(declared);
  }

  private static String template(String path) {
    return PathTemplates.template(path);
  }
}
