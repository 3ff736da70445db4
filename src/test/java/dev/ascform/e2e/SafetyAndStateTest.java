package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.api.AscClient;
import dev.ascform.api.resources.Requests;
import dev.ascform.state.StateLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved plans, the lock, safety refusals and the state commands, against the sandbox. */
class SafetyAndStateTest {
  @TempDir Path tmp;

  private Workspace applied() {
    Workspace ws = new Workspace(tmp);
    Workspace.Run r = ws.sandbox("apply", "--auto-approve");
    assertThat(r.code()).as(r.all()).isZero();
    return ws;
  }

  @Test
  void appliesAFreshSavedPlanAndRefusesAStaleOne() {
    Workspace ws = new Workspace(tmp);
    Path stale = tmp.resolve("stale.plan.json");
    Path fresh = tmp.resolve("fresh.plan.json");
    assertThat(ws.sandbox("plan", "-out", stale.toString()).code()).isZero();
    ws.withSandbox(
        local -> {
          AscClient c = Workspace.clientFor(local);
          c.devices().update("DEVICE0002", Requests.deviceUpdate("DEVICE0002", "Bobs phone", null));
        });
    Workspace.Run refused = ws.sandbox("apply", stale.toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err())
        .contains(
            "the saved plan is stale",
            "device.bob_iphone changed in the account since the plan was made");

    assertThat(ws.sandbox("plan", "-out", fresh.toString()).code()).isZero();
    Workspace.Run show = Workspace.run("show", fresh.toString(), "--format", "markdown");
    assertThat(show.out()).contains("`device.bob_iphone`");
    Workspace.Run ok = ws.sandbox("apply", fresh.toString());
    assertThat(ok.code()).as(ok.all()).isZero();
    assertThat(ok.out()).contains("Apply complete: 87 done.");
    Workspace.Run again = ws.sandbox("apply", fresh.toString());
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("the state changed since the plan was made");
  }

  /**
   * Apply writes the saved plan's own values (issue #17): a value edited in the plan file after
   * planning is what the account gets, though the configuration still says otherwise; apply never
   * derives it from the configuration again. A plan file whose create carries no value is refused
   * before anything is written.
   */
  @Test
  void appliesTheSavedPlansOwnValuesNotTheConfigs() throws Exception {
    Workspace ws = new Workspace(tmp);
    Path saved = tmp.resolve("saved.plan.json");
    assertThat(ws.sandbox("plan", "-out", saved.toString()).code()).isZero();
    String json = Files.readString(saved);
    assertThat(json).contains("\"name\" : \"QA iPad Air\"");

    Path empty = tmp.resolve("empty.plan.json");
    ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(json);
    for (JsonNode c : tree.path("plan").path("changes")) {
      if (c.path("action").asText().equals("CREATE")) {
        ((ObjectNode) c).putNull("desired");
        break;
      }
    }
    Files.writeString(empty, tree.toString());
    Workspace.Run unreadable = ws.sandbox("apply", empty.toString());
    assertThat(unreadable.code()).isEqualTo(1);
    assertThat(unreadable.err()).contains("carries no value to write; make the plan again");
    assertThat(ws.state()).as("nothing applied, no state written").doesNotExist();

    Files.writeString(
        saved,
        json.replace("\"name\" : \"QA iPad Air\"", "\"name\" : \"QA iPad Air (from the plan)\""));
    Workspace.Run ok = ws.sandbox("apply", saved.toString());
    assertThat(ok.code()).as(ok.all()).isZero();
    List<String> names = new ArrayList<>();
    ws.withSandbox(
        local ->
            Workspace.clientFor(local)
                .devices()
                .list(null, null, null)
                .data()
                .forEach(d -> names.add(d.text("name"))));
    assertThat(names).contains("QA iPad Air (from the plan)").doesNotContain("QA iPad Air");
  }

  @Test
  void secondApplyWaitsForTheLockThenFailsNamingTheHolder() throws Exception {
    Workspace ws = new Workspace(tmp);
    String id;
    try (StateLock held = StateLock.acquire(ws.state(), "apply", Duration.ZERO)) {
      id = held.info().id();
      long start = System.nanoTime();
      Workspace.Run r = ws.sandbox("apply", "--auto-approve", "--lock-timeout", "400ms");
      assertThat(System.nanoTime() - start).isGreaterThan(Duration.ofMillis(400).toNanos());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).contains("locked by", "force-unlock " + id);
      Workspace.Run unlock = ws.sandbox("force-unlock", id);
      assertThat(unlock.code()).as(unlock.all()).isZero();
    }
    assertThat(ws.sandbox("apply", "--auto-approve").code()).isZero();
  }

  @Test
  void preventDestroyRefusesAReplaceEvenWithAllowDestroy() {
    Workspace ws = applied();
    Edits.replace(
        ws.config.resolve("apps.yaml"),
        "name: Acme Pay\n    platform: IOS",
        "name: Acme Pay\n    platform: IOS\n    seed_id: Z9Y8X7W6V5");
    Workspace.Run r = ws.sandbox("apply", "--auto-approve", "--allow-destroy");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("bundle_id.pay_app has prevent_destroy");
    ws.withSandbox(
        local ->
            assertThat(
                    Workspace.clientFor(local)
                        .lookups()
                        .findBundleIdByIdentifier("com.acme.pay")
                        .orElseThrow()
                        .id())
                .isEqualTo("PAYAPP0001"));
  }

  @Test
  void thresholdRefusesManyRemovalsUnlessAllowDestroy() {
    Workspace ws = applied();
    Edits.removeBlocks(
        ws.config.resolve("devices.yaml"),
        Set.of("bob_watch", "alice_macbook", "build_mac_mini", "qa_imac_intel"));
    Workspace.Run refused = ws.sandbox("apply", "--auto-approve");
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err())
        .contains("device: 4 of 12 resources would be deleted or replaced", "--allow-destroy");
    Workspace.Run allowed = ws.sandbox("apply", "--auto-approve", "--allow-destroy");
    assertThat(allowed.code()).as(allowed.all()).isZero();
    assertThat(allowed.err()).contains("- device.bob_watch ... disabled in");
    ws.withSandbox(
        local -> {
          var d =
              Workspace.clientFor(local).lookups().findDeviceByUdid("00008301-000E1F2A3B4C5D6E");
          assertThat(d.orElseThrow().text("status")).isEqualTo("DISABLED");
        });
  }

  @Test
  void stateRmForgetsWithoutTouchingTheAccountAndImportTakesItBack() {
    Workspace ws = applied();
    Workspace.Run rm = ws.sandbox("state", "rm", "device.alice_iphone");
    assertThat(rm.code()).as(rm.all()).isZero();
    assertThat(ws.sandbox("state", "list").out())
        .doesNotContain("device.alice_iphone")
        .contains("device.bob_iphone");
    ws.withSandbox(
        local ->
            assertThat(
                    Workspace.clientFor(local)
                        .lookups()
                        .findDeviceByUdid("00008130-001A2B3C4D5E6F01"))
                .isPresent());
    Workspace.Run plan = ws.sandbox("plan", "--detailed-exitcode", "--no-color");
    assertThat(plan.code()).isEqualTo(2);
    assertThat(plan.out()).contains("<= device.alice_iphone", "Plan: 0 to create");

    Workspace.Run imported = ws.sandbox("import", "device.alice_iphone", "DEVICE0001");
    assertThat(imported.code()).as(imported.all()).isZero();
    assertThat(ws.sandbox("state", "show", "device.alice_iphone").out())
        .contains("apple_id:        DEVICE0001");
    assertThat(ws.sandbox("plan", "--detailed-exitcode").code()).isZero();
    assertThat(ws.sandbox("state", "rm", "capability.pay_app.apple_pay").code()).isZero();
    Workspace.Run wrong =
        ws.sandbox("import", "capability.pay_app.apple_pay", "PAYAPP0001_PUSH_NOTIFICATIONS");
    assertThat(wrong.code()).isEqualTo(1);
    assertThat(wrong.err())
        .contains(
            "is com.acme.pay/PUSH_NOTIFICATIONS, but"
                + " capability.pay_app.apple_pay declares com.acme.pay/APPLE_PAY");
    assertThat(ws.sandbox("import", "capability.pay_app.apple_pay", "PAYAPP0001_APPLE_PAY").code())
        .isZero();
    assertThat(ws.sandbox("plan", "--detailed-exitcode").code()).isZero();
    Workspace.Run mv = ws.sandbox("state", "mv", "device.alice_iphone", "device.alices_phone");
    assertThat(mv.code()).as(mv.all()).isZero();
    assertThat(ws.sandbox("state", "list").out()).contains("device.alices_phone");
  }

  @Test
  void stateMvWithTheConfigUnchangedMovesBackAndDisablesNothing() {
    Workspace ws = applied();
    assertThat(ws.sandbox("state", "mv", "device.alice_iphone", "device.alices_phone").code())
        .isZero();
    Workspace.Run plan = ws.sandbox("plan", "--detailed-exitcode", "--no-color");
    assertThat(plan.code()).as(plan.all()).isEqualTo(2);
    assertThat(plan.out())
        .contains(
            "<= device.alice_iphone",
            " . device.alices_phone",
            "the state entry moves here from device.alices_phone",
            "Plan: 0 to create, 0 to update, 0 to replace, 0 to delete, 1 to adopt, 1 to forget.")
        .doesNotContain("disable", "+ device.alice_iphone");
    Workspace.Run apply = ws.sandbox("apply", "--auto-approve");
    assertThat(apply.code()).as(apply.all()).isZero();
    ws.withSandbox(
        local ->
            assertThat(
                    Workspace.clientFor(local)
                        .lookups()
                        .findDeviceByUdid("00008130-001A2B3C4D5E6F01")
                        .orElseThrow()
                        .text("status"))
                .isEqualTo("ENABLED"));
    assertThat(ws.sandbox("state", "list").out())
        .contains("device.alice_iphone")
        .doesNotContain("device.alices_phone");
    assertThat(ws.sandbox("plan", "--detailed-exitcode").code()).isZero();
  }
}
