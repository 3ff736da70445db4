package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #15, tolerance: Apple's answers differ from the OpenAPI document in ways a client must
 * survive. A proxy in front of the acme sandbox changes otherwise valid read responses (extra
 * attributes, relationships and meta; optional attributes left out; linkage left out); the plan is
 * the plan of the unchanged account, line for line.
 */
class ToleranceTest {

  @TempDir java.nio.file.Path tmp;
  private ProxiedAcme acme;

  @BeforeEach
  void start() throws Exception {
    acme = new ProxiedAcme(tmp);
  }

  @AfterEach
  void stop() {
    acme.close();
  }

  /** The plan's change lines, unmanaged counts and summary (no timings, no request counts). */
  private List<String> planLines() {
    Workspace.Run r = acme.run("plan", "--no-color");
    assertThat(r.code()).as(r.all()).isZero();
    return r.out()
        .lines()
        .filter(
            l ->
                l.matches("\\s*(\\+|~|-|-/\\+|<=) .*")
                    || l.startsWith("Plan:")
                    || l.contains("exist in the account but not in this config"))
        .toList();
  }

  private void everyRead(Consumer<ObjectNode> change) {
    acme.proxy.rewriteJson(
        "/v1/.*",
        doc -> {
          if (doc.has("data")) {
            change.accept(doc);
          }
        });
  }

  private static void resources(ObjectNode doc, Consumer<ObjectNode> each) {
    FaultProxy.eachResource(doc, r -> each.accept((ObjectNode) r));
  }

  @Test
  void extraAttributesRelationshipsAndMetaChangeNoPlan() {
    List<String> baseline = planLines();
    assertThat(baseline).isNotEmpty();
    everyRead(
        doc -> {
          doc.putObject("meta").put("futureDocumentMeta", true);
          resources(
              doc,
              r -> {
                if (r.has("attributes")) {
                  ObjectNode a = (ObjectNode) r.get("attributes");
                  a.putObject("futureObject").putArray("nested").add(1).add("two");
                  a.put("futureText", "2025-11-06T06:40:31-08:00");
                  a.putNull("futureNull");
                }
                if (r.has("relationships")) {
                  ((ObjectNode) r.get("relationships"))
                      .putObject("futureRelationship")
                      .putObject("links")
                      .put("related", "https://api.appstoreconnect.apple.com/v1/future");
                }
              });
        });
    assertThat(planLines()).isEqualTo(baseline);
  }

  @Test
  void optionalAttributesLeftOutChangeNoPlan() {
    List<String> baseline = planLines();
    everyRead(
        doc ->
            resources(
                doc,
                r -> {
                  ObjectNode a = (ObjectNode) r.get("attributes");
                  if (a == null) {
                    return;
                  }
                  switch (r.path("type").asText()) {
                    case "devices" -> a.remove(List.of("model", "addedDate"));
                    case "certificates" -> a.remove(List.of("displayName", "csrContent"));
                    case "profiles" -> a.remove(List.of("uuid", "createdDate"));
                    case "apps" -> a.remove(List.of("sku", "primaryLocale"));
                    default -> {}
                  }
                }));
    assertThat(planLines()).isEqualTo(baseline);
  }

  private static List<String> changes(List<String> lines) {
    return lines.stream()
        .filter(l -> !l.contains("exist in the account but not in this config"))
        .toList();
  }

  @Test
  void aUserWithoutAUsernameIsNamedInAWarningAndTheRestOfThePlanStands() {
    List<String> baseline = planLines();
    everyRead(
        doc ->
            resources(
                doc,
                r -> {
                  if (r.path("type").asText().equals("users")
                      && r.path("id").asText().equals("USERFORMER")) {
                    ((ObjectNode) r.get("attributes")).remove("username");
                  }
                }));
    Workspace.Run r = acme.run("plan", "--no-color");
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.all()).contains("user USERFORMER has no username");
    // the change lines and summary stand; only the count of unmanaged users loses the unkeyed one
    assertThat(changes(planLines())).isEqualTo(changes(baseline));
  }

  @Test
  void bundleIdCapabilityLinkageLeftOutIsReadFromTheRelationship() {
    List<String> baseline = planLines();
    everyRead(
        doc -> {
          if (doc.path("data").isArray()) {
            resources(
                doc,
                r -> {
                  if (r.path("type").asText().equals("bundleIds") && r.has("relationships")) {
                    ((ObjectNode) r.path("relationships").path("bundleIdCapabilities"))
                        .remove("data");
                  }
                });
          }
        });
    assertThat(planLines()).isEqualTo(baseline);
  }

  @Test
  void exportLeavesOutADeviceWhoseUdidNoConfigCouldHold() throws Exception {
    // DEVICE0007 (Contractor iPhone) is in the account, not in the acme config
    everyRead(
        doc ->
            resources(
                doc,
                r -> {
                  if (r.path("id").asText().equals("DEVICE0007")) {
                    ((ObjectNode) r.get("attributes")).put("udid", "5233342324433534345354534");
                  }
                }));
    java.nio.file.Path out = tmp.resolve("exported");
    Workspace.Run export = acme.run("export", "-o", out.toString(), "--adopt", "--account", "tol");
    assertThat(export.code()).as(export.all()).isZero();
    assertThat(export.err())
        .contains(
            "device DEVICE0007 (\"Contractor iPhone\") is not exported: its UDID"
                + " '5233342324433534345354534' is not an iOS UDID");
    assertThat(java.nio.file.Files.readString(out.resolve("devices.yaml")))
        .doesNotContain("5233342324433534345354534")
        .contains("udid:");
  }
}
