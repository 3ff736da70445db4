package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small accounts seeded for one case each, behind a proxy that can answer as Apple does (issue
 * #15): export, the {@code export --adopt} round trip, and plan.
 */
class AppleAccountsTest {
  private static final String ONE_DEVICE =
      "devices:\n"
          + "  - {name: Only iPhone, udid: \"00008110-000A1B2C3D4E5F60\", platform: IOS,"
          + " deviceClass: IPHONE}\n";

  @TempDir Path tmp;
  private Sandbox sandbox;
  private FaultProxy proxy;
  private Path key;

  @AfterEach
  void stop() {
    if (proxy != null) {
      proxy.close();
    }
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private void start(String seed) throws Exception {
    Path seedFile = tmp.resolve("seed.yaml");
    Files.writeString(seedFile, seed);
    sandbox = Sandbox.start(SandboxOptions.defaults().withSeedFile(seedFile));
    key = tmp.resolve("AuthKey.p8");
    sandbox.writePrivateKey(key);
    proxy = new FaultProxy(sandbox.baseUrl());
  }

  /** {@code ascform ARGS} through the proxy with the team key and {@code tmp/s.json} as state. */
  private Workspace.Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--state",
            tmp.resolve("s.json").toString(),
            "--api-url",
            proxy.url(),
            "--key-id",
            sandbox.teamKey().keyId(),
            "--issuer-id",
            sandbox.teamKey().issuerId(),
            "--private-key",
            key.toString()));
    return Workspace.run(all.toArray(String[]::new));
  }

  private Path exportAdoptAndPlanNoChanges() throws IOException {
    Path out = tmp.resolve("exported");
    Workspace.Run export = run("export", "-o", out.toString(), "--adopt");
    assertThat(export.code()).as(export.all()).isZero();
    assertThat(export.all()).doesNotContain("a bug in export", "warning");
    Workspace.Run plan = run("plan", "-c", out.toString(), "--detailed-exitcode", "--no-color");
    assertThat(plan.code()).as(plan.all()).isZero();
    assertThat(plan.out()).contains("No changes");
    return out;
  }

  @Test
  void anAccountWithOneDeviceExportsAConfigThatLoadsAndRoundTrips() throws Exception {
    start(ONE_DEVICE);
    Path out = exportAdoptAndPlanNoChanges();
    assertThat(Files.readString(out.resolve("profiles.yaml"))).contains("profiles: {}");
    assertThat(Files.readString(out.resolve("beta_groups.yaml"))).contains("beta_groups: {}");
    assertThat(Files.readString(out.resolve("devices.yaml")))
        .containsIgnoringCase("00008110-000A1B2C3D4E5F60");
    Workspace.Run validate = Workspace.run("validate", "-c", out.toString());
    assertThat(validate.code()).as(validate.all()).isZero();
  }

  @Test
  void aProfileWithMoreDevicesThanTheCapIsReadWholeUnderApplesRelationshipMeta() throws Exception {
    StringBuilder seed =
        new StringBuilder(
            "bundleIds:\n"
                + "  - {identifier: com.acme.app, name: App, platform: IOS}\n"
                + "certificates:\n  - {ref: dev, type: DEVELOPMENT}\ndevices:\n");
    StringBuilder udids = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      String udid = String.format(Locale.ROOT, "%040x", i + 1);
      seed.append("  - {name: D")
          .append(i)
          .append(", udid: \"")
          .append(udid)
          .append("\", platform: IOS, deviceClass: IPHONE}\n");
      udids.append(i == 0 ? "" : ", ").append('"').append(udid).append('"');
    }
    seed.append(
            "profiles:\n  - {name: Big, type: IOS_APP_DEVELOPMENT, bundleId: com.acme.app,"
                + " certificates: [dev], devices: [")
        .append(udids)
        .append("]}\n");
    start(seed.toString());
    // Apple's meta on every relationship that carries data: total 0, limit 2^31-1
    rewrite(
        "/v1/profiles",
        doc ->
            eachResource(
                doc,
                r ->
                    r.path("relationships")
                        .forEach(
                            rel -> {
                              if (rel.has("data") && rel.get("data").isArray()) {
                                ((ObjectNode) rel)
                                    .putObject("meta")
                                    .putObject("paging")
                                    .put("total", 0)
                                    .put("limit", Integer.MAX_VALUE);
                              }
                            })));
    Path out = exportAdoptAndPlanNoChanges();
    String profiles = Files.readString(out.resolve("profiles.yaml"));
    String devices = profiles.substring(profiles.indexOf("devices:"));
    assertThat(devices.substring(0, devices.indexOf(']')).split(",")).hasSize(60);
  }

  private void rewrite(String pathRegex, Consumer<ObjectNode> change) {
    proxy.rewriteJson(pathRegex, change);
  }

  private static void eachResource(ObjectNode doc, Consumer<JsonNode> each) {
    FaultProxy.eachResource(doc, each);
  }
}
