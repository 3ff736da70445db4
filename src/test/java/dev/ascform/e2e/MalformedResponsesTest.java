package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apple answers a read with something malformed (truncated JSON, wrong types, no {@code links}, an
 * endless {@code next}, an HTML page): plan and apply stop with exit 1 and an error naming the
 * request, print no plan, write nothing to Apple and no state.
 */
class MalformedResponsesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DEVICES = "/v1/devices";

  @TempDir Path tmp;
  private Sandbox sandbox;
  private FaultProxy proxy;
  private ProxiedAcme acme;

  @BeforeEach
  void start() throws Exception {
    acme = new ProxiedAcme(tmp);
    sandbox = acme.sandbox;
    proxy = acme.proxy;
  }

  @AfterEach
  void stop() {
    acme.close();
  }

  private void refused(int status, String type, UnaryOperator<String> body, String why) {
    proxy.always(new FaultProxy.Rewrite("GET", DEVICES, status, type, body));
    for (String command : List.of("plan", "apply")) {
      long writes = writes();
      List<String> args = new ArrayList<>(List.of(command));
      if (command.equals("apply")) {
        args.add("--auto-approve");
      }
      Workspace.Run r = acme.run(args.toArray(String[]::new));
      assertThat(r.code()).as("%s, %s: %s", why, command, r.all()).isEqualTo(1);
      assertThat(r.err()).as("%s, %s", why, command).contains(DEVICES);
      assertThat(r.all())
          .as("%s, %s: no plan printed", why, command)
          .doesNotContain("Plan:")
          .doesNotContain("No changes");
      assertThat(writes()).as("%s, %s: no write", why, command).isEqualTo(writes);
      assertThat(Files.exists(acme.state)).as("%s: no state", why).isFalse();
    }
  }

  private long writes() {
    return sandbox.stats().perOperation().entrySet().stream()
        .filter(e -> !e.getKey().startsWith("GET"))
        .mapToLong(e -> e.getValue())
        .sum();
  }

  @Test
  void truncatedJsonIsAnError() {
    refused(200, "application/json", b -> b.substring(0, b.length() / 2), "truncated");
  }

  @Test
  void wrongTypesAreAnError() {
    refused(
        200,
        "application/json",
        b -> edit(b, root -> root.put("data", "not a list")),
        "data is a string");
  }

  @Test
  void wrongAttributeTypesAreAnError() {
    refused(
        200,
        "application/json",
        b ->
            edit(
                b,
                root ->
                    root.withArray("data")
                        .forEach(
                            d ->
                                ((ObjectNode) d)
                                    .set("attributes", JSON.getNodeFactory().arrayNode()))),
        "attributes is a list");
  }

  @Test
  void missingLinksOnAnIncompleteListingAreAnError() {
    refused(
        200,
        "application/json",
        b ->
            edit(
                b,
                root -> {
                  root.remove("links");
                  var data = root.withArray("data");
                  while (data.size() > 3) {
                    data.remove(data.size() - 1);
                  }
                }),
        "no links, part of the data");
  }

  @Test
  void aMissingDataMemberIsAnError() {
    refused(200, "application/json", b -> edit(b, root -> root.remove("data")), "no data");
  }

  @Test
  void anEndlessNextIsAnError() {
    refused(
        200,
        "application/json",
        b ->
            edit(
                b,
                root -> {
                  String self = root.path("links").path("self").asText();
                  root.withObject("links").put("next", self);
                }),
        "endless next");
  }

  @Test
  void anHtmlPageIsAnError() {
    refused(
        200,
        "text/html",
        b -> "<html><body><h1>Service Temporarily Unavailable</h1>" + "</body></html>",
        "html page");
  }

  private static String edit(String body, Consumer<ObjectNode> change) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(body);
      change.accept(root);
      return JSON.writeValueAsString(root);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
