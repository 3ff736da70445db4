package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    rewrite(
        "/v1/(certificates|profiles)",
        doc ->
            eachResource(
                doc,
                r -> {
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
    rewrite(
        "/v1/certificates",
        doc ->
            eachResource(
                doc,
                r -> ((ObjectNode) r.path("attributes")).put("expirationDate", "2020-13-45 soon")));
    Workspace.Run plan = acme.run("plan", "--no-color");
    assertThat(plan.code()).as(plan.all()).isEqualTo(1);
    assertThat(plan.err())
        .contains("certificates resource ", "expirationDate", "'2020-13-45 soon'")
        .doesNotContain("could not be parsed", "index");
  }

  @Test
  void theLatestBuildIsTheNewestInstantWhateverItsOffset() {
    // build 241 becomes valid and is uploaded an hour after 240 (10:00Z), in Pacific time:
    // as text it sorts before 240's date, as an instant after it
    rewrite(
        "/v1/builds",
        doc ->
            eachResource(
                doc,
                r -> {
                  ObjectNode a = (ObjectNode) r.path("attributes");
                  if ("241".equals(a.path("version").asText())) {
                    a.put("processingState", "VALID")
                        .put("uploadedDate", "2026-11-20T03:00:00-08:00");
                  }
                }));
    Workspace.Run plan = acme.run("plan", "--no-color");
    assertThat(plan.code()).as(plan.all()).isNotEqualTo(1);
    assertThat(plan.out()).contains("2.4 (241)").doesNotContain("2.4 (240)");
  }

  @Test
  void aBetaGroupsAppIsTheAppItsReadIncludedEvenWhenTheAppListLeavesItOut() throws Exception {
    Path plain = export("plain", "--kinds", "beta_groups");
    rewrite(
        "/v1/apps",
        doc -> {
          var data = (com.fasterxml.jackson.databind.node.ArrayNode) doc.path("data");
          for (int i = data.size() - 1; i >= 0; i--) {
            if ("com.acme.notes".equals(data.get(i).path("attributes").path("bundleId").asText())) {
              data.remove(i);
            }
          }
          ((ObjectNode) doc.path("meta").path("paging")).put("total", data.size());
        });
    Path apple = export("apple", "--kinds", "beta_groups");
    assertThat(read(apple)).isEqualTo(read(plain));
    assertThat(read(apple).get("apps.yaml")).contains("com.acme.notes");
  }

  @Test
  void aBetaGroupWhoseAppNothingNamesIsNamedInAWarningNotWrittenWithANumericId() throws Exception {
    rewrite(
        "/v1/betaGroups",
        doc -> {
          doc.remove("included");
          eachResource(
              doc,
              g -> {
                if ("GROUPBETA1".equals(g.path("id").asText())) {
                  ((ObjectNode) g.path("relationships").path("app").path("data"))
                      .put("id", "6400000001");
                }
              });
        });
    Workspace.Run r =
        acme.run("export", "-o", tmp.resolve("out").toString(), "--kinds", "beta_groups");
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.err())
        .contains("warning: beta group \"Public Beta\" (GROUPBETA1)", "6400000001", "not exported");
    Map<String, String> files = read(tmp.resolve("out"));
    assertThat(files.get("beta_groups.yaml")).contains("Acme Team").doesNotContain("Public Beta");
    assertThat(String.join("", files.values())).doesNotContain("6400000001");
    Workspace.Run plan = acme.run("plan", "--no-color");
    assertThat(plan.code()).as(plan.all()).isNotEqualTo(1);
    assertThat(plan.err()).contains("GROUPBETA1");
  }

  @Test
  void aBetaGroupWithNoAppLinkageDoesNotCrashExport() throws Exception {
    rewrite(
        "/v1/betaGroups",
        doc -> {
          doc.remove("included");
          eachResource(
              doc,
              g -> {
                if ("GROUPBETA1".equals(g.path("id").asText())) {
                  ((ObjectNode) g.path("relationships")).remove("app");
                }
              });
        });
    Workspace.Run r = acme.run("export", "-o", tmp.resolve("out").toString());
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.all()).doesNotContain("NullPointerException");
    assertThat(r.err()).contains("warning: beta group \"Public Beta\" (GROUPBETA1)");
    assertThat(read(tmp.resolve("out")).get("beta_groups.yaml"))
        .contains("Acme Team")
        .doesNotContain("Public Beta");
  }

  @Test
  void aUsersVisibleAppIsTheAppItsReadIncludedAndOneNothingNamesIsNotWrittenAsAnId()
      throws Exception {
    Path plain = export("plain", "--kinds", "users");
    rewrite(
        "/v1/apps",
        doc -> {
          var data = (com.fasterxml.jackson.databind.node.ArrayNode) doc.path("data");
          for (int i = data.size() - 1; i >= 0; i--) {
            if ("com.acme.pay".equals(data.get(i).path("attributes").path("bundleId").asText())) {
              data.remove(i);
            }
          }
          ((ObjectNode) doc.path("meta").path("paging")).put("total", data.size());
        });
    assertThat(read(export("included", "--kinds", "users"))).isEqualTo(read(plain));

    rewrite(
        "/v1/users",
        doc -> {
          doc.remove("included");
          eachResource(
              doc,
              u -> {
                if ("USERDAN001".equals(u.path("id").asText())) {
                  ((ObjectNode) u.path("relationships").path("visibleApps").path("data").get(0))
                      .put("id", "6400000002");
                }
              });
        });
    Workspace.Run r =
        acme.run("export", "-o", tmp.resolve("unnamed").toString(), "--kinds", "users");
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.err()).contains("warning: user USERDAN001", "6400000002", "not exported");
    String users = read(tmp.resolve("unnamed")).get("users.yaml");
    assertThat(users).contains("heidi.schulz").doesNotContain("dan.okafor", "6400000002");
  }

  @Test
  void twoCertificatesWithOneSerialAreReportedWithBothIdsNeverMerged() throws Exception {
    Path plain = export("plain");
    rewrite(
        "/v1/certificates",
        doc -> {
          var data = (com.fasterxml.jackson.databind.node.ArrayNode) doc.path("data");
          for (JsonNode c : List.copyOf(iterable(data))) {
            if ("CERTDIST01".equals(c.path("id").asText())) {
              ObjectNode twin = c.deepCopy();
              twin.put("id", "CERTTWIN99");
              ((ObjectNode) twin.path("attributes"))
                  .put("name", "Impostor")
                  .put("certificateType", "IOS_DISTRIBUTION");
              data.add(twin);
            }
          }
          ((ObjectNode) doc.path("meta").path("paging")).put("total", data.size());
        });
    Workspace.Run r = acme.run("export", "-o", tmp.resolve("apple").toString());
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.err()).contains("CERTDIST01", "CERTTWIN99", "5A3F9C21D4E6B708");
    // the first keeps its own name and type; the twin is not written under its name
    assertThat(read(tmp.resolve("apple")).get("certificates.yaml"))
        .isEqualTo(read(plain).get("certificates.yaml"))
        .doesNotContain("Impostor");
    // acme adopts serial 5A3F9C21D4E6B708: the plan refuses to pick one of the two
    Workspace.Run plan = acme.run("plan", "--no-color");
    assertThat(plan.code()).as(plan.all()).isEqualTo(1);
    assertThat(plan.err()).contains("CERTDIST01", "CERTTWIN99");
  }

  @Test
  void profilesWithoutLinkageAreCompletedFromTheirRelationshipEndpoints() throws Exception {
    Path plain = export("plain");
    rewrite(
        "/v1/profiles",
        doc -> {
          doc.remove("included");
          eachResource(
              doc,
              p -> {
                ((ObjectNode) p).remove("relationships");
                ((ObjectNode) p.path("attributes")).remove("profileContent");
              });
        });
    Path apple = export("apple");
    assertThat(read(apple).get("profiles.yaml")).isEqualTo(read(plain).get("profiles.yaml"));
    assertThat(read(apple).get("profiles.yaml")).doesNotContain("null", "certificates: []");
  }

  @Test
  void unknownEnumerationValuesAreNamedInWarningsAndStopNothing() throws Exception {
    rewrite(
        "/v1/devices",
        doc ->
            eachResource(
                doc,
                d -> {
                  if ("DEVICE0007".equals(d.path("id").asText())) {
                    ((ObjectNode) d.path("attributes"))
                        .put("platform", "VISION_OS_2027")
                        .put("deviceClass", "APPLE_RING");
                  }
                }));
    Workspace.Run plan = acme.run("plan", "--no-color");
    assertThat(plan.code()).as(plan.all()).isNotEqualTo(1);
    assertThat(plan.err())
        .contains(
            "warning: device DEVICE0007 has platform 'VISION_OS_2027',"
                + " deviceClass 'APPLE_RING', unknown to this version of ascform");
    // the same warning is one of the plan's own, in every format (one warnings mechanism)
    assertThat(plan.out()).contains("Warnings:", "  ! device DEVICE0007 has platform");
    JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(acme.run("plan", "--format", "json").out());
    assertThat(iterable(json.get("warnings")))
        .anySatisfy(
            w -> {
              assertThat(w.get("code").asText()).isEqualTo("apple_data");
              assertThat(w.get("message").asText()).contains("DEVICE0007", "VISION_OS_2027");
            });
    Path out = tmp.resolve("out");
    Workspace.Run export = acme.run("export", "-o", out.toString(), "--adopt");
    assertThat(export.code()).as(export.all()).isZero();
    assertThat(export.err()).contains("DEVICE0007").doesNotContain("a bug in export");
    assertThat(read(out).get("devices.yaml"))
        .doesNotContain("VISION_OS_2027", "APPLE_RING", "00008120-00ffeeddccbbaa99");
  }

  private static List<JsonNode> iterable(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  private Path export(String name, String... more) {
    Path out = tmp.resolve(name);
    List<String> args = new ArrayList<>(List.of("export", "-o", out.toString()));
    args.addAll(List.of(more));
    Workspace.Run r = acme.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.all()).isZero();
    return out;
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        out.put(f.getFileName().toString(), Files.readString(f));
      }
    }
    return out;
  }

  private void rewrite(String pathRegex, Consumer<ObjectNode> change) {
    acme.proxy.rewriteJson(pathRegex, change);
  }

  private static void eachResource(ObjectNode doc, Consumer<JsonNode> each) {
    FaultProxy.eachResource(doc, each);
  }
}
