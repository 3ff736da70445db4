package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acme account answered in the forms Apple really uses (issue #15), injected by a proxy that
 * rewrites the sandbox's responses: ascform reads them as it reads the sandbox's own.
 */
class AppleFormsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private ProxiedAcme acme;

  @BeforeEach
  void start() throws Exception {
    acme = new ProxiedAcme(tmp);
  }

  @AfterEach
  void stop() {
    acme.close();
  }

  @Test
  void provisioningDatesWithAnOffsetWithoutAColonRead() throws Exception {
    Path plain = export("plain");
    // Apple's certificates and profiles: 2020-02-01T20:50:34.000+0000
    rewrite("/v1/(certificates|profiles)", doc -> eachResource(doc, r -> {
      ObjectNode a = (ObjectNode) r.path("attributes");
      String exp = a.path("expirationDate").asText(null);
      if (exp != null && exp.endsWith("Z")) {
        a.put("expirationDate", exp.substring(0, 19) + ".000+0000");
      }
    }));
    Path apple = export("apple");
    assertThat(read(apple)).isEqualTo(read(plain));
    assertThat(read(apple)).containsKey("certificates.yaml");
    Workspace.Run plan = acme.run("plan", "--no-color");
    assertThat(plan.code()).as(plan.all()).isNotEqualTo(1);
  }

  @Test
  void anUnreadableDateNamesTheResourceItsIdAndTheAttribute() {
    rewrite("/v1/certificates", doc -> eachResource(doc, r ->
        ((ObjectNode) r.path("attributes")).put("expirationDate", "2020-13-45 soon")));
    Workspace.Run plan = acme.run("plan", "--no-color");
    assertThat(plan.code()).as(plan.all()).isEqualTo(1);
    assertThat(plan.err()).contains("certificates resource ", "expirationDate",
        "'2020-13-45 soon'").doesNotContain("could not be parsed", "index");
  }

  @Test
  void theLatestBuildIsTheNewestInstantWhateverItsOffset() {
    // build 241 becomes valid and is uploaded an hour after 240 (10:00Z), in Pacific time:
    // as text it sorts before 240's date, as an instant after it
    rewrite("/v1/builds", doc -> eachResource(doc, r -> {
      ObjectNode a = (ObjectNode) r.path("attributes");
      if ("241".equals(a.path("version").asText())) {
        a.put("processingState", "VALID").put("uploadedDate", "2026-11-20T03:00:00-08:00");
      }
    }));
    Workspace.Run plan = acme.run("plan", "--no-color");
    assertThat(plan.code()).as(plan.all()).isNotEqualTo(1);
    assertThat(plan.out()).contains("2.4 (241)").doesNotContain("2.4 (240)");
  }

  private Path export(String name) {
    Path out = tmp.resolve(name);
    Workspace.Run r = acme.run("export", "-o", out.toString());
    assertThat(r.code()).as(r.all()).isZero();
    return out;
  }

  private static java.util.Map<String, String> read(Path dir) throws IOException {
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        out.put(f.getFileName().toString(), Files.readString(f));
      }
    }
    return out;
  }

  private void rewrite(String pathRegex, Consumer<ObjectNode> change) {
    acme.proxy.always(new FaultProxy.Rewrite("GET", pathRegex, 200, "application/json", body -> {
      try {
        ObjectNode root = (ObjectNode) JSON.readTree(body);
        change.accept(root);
        return JSON.writeValueAsString(root);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }));
  }

  /** Every resource of a document, primary and included. */
  private static void eachResource(ObjectNode doc, Consumer<JsonNode> each) {
    List<JsonNode> all = new ArrayList<>();
    JsonNode data = doc.path("data");
    if (data.isArray()) {
      data.forEach(all::add);
    } else if (data.isObject()) {
      all.add(data);
    }
    doc.path("included").forEach(all::add);
    all.forEach(each);
  }
}
