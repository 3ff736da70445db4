package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.AscClient;
import dev.ascform.api.resources.Requests;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defects the reconciler's laws (issue #21, {@code dev.ascform.laws}) found with ordinary edits of
 * examples/acme, each kept as the edit that showed it, through the CLI against the sandbox.
 */
class LawFindingsTest {
  @TempDir Path tmp;

  private Workspace applied() {
    Workspace ws = new Workspace(tmp);
    Workspace.Run r = ws.sandbox("apply", "--auto-approve");
    assertThat(r.code()).as(r.all()).isZero();
    return ws;
  }

  /**
   * Law 1 (convergence): removing {@code weather_app.MAPS} forces the weather development profile's
   * replace. Apply replaced the profile before deleting the capability, so Apple marked the new
   * profile INVALID at once and the next plan replaced it again.
   */
  @Test
  void removingACapabilityReplacesItsProfileAfterTheDeleteAndConverges() {
    Workspace ws = applied();
    Edits.replace(
        ws.config.resolve("apps.yaml"),
        "      APP_GROUPS: {}\n      MAPS: {}\n",
        "      APP_GROUPS: {}\n");
    Workspace.Run apply = ws.sandbox("apply", "--auto-approve", "--no-color");
    assertThat(apply.code()).as(apply.all()).isZero();
    String out = apply.all();
    assertThat(out.indexOf("- capability.weather_app.maps"))
        .as(out)
        .isNotNegative()
        .isLessThan(out.indexOf("-/+ profile.weather_development"));
    Workspace.Run plan = ws.sandbox("plan", "--detailed-exitcode", "--no-color");
    assertThat(plan.code()).as(plan.all()).isZero();
  }

  /**
   * Law 1 (2,000-case run, seed 2101, try 729): with prune on for capabilities, a capability added
   * outside ascform is deleted; Apple then marks the App ID's profiles INVALID, but the plan kept
   * them (a pruned capability has no declared address, so the profiles did not see it change), and
   * the next plan replaced them. They are replaced after the delete, and the plan converges.
   */
  @Test
  void aPrunedCapabilityReplacesItsAppIdsProfilesAfterItAndConverges() {
    Workspace ws = applied();
    ws.withSandbox(
        local -> {
          AscClient c = Workspace.clientFor(local);
          String notes = c.lookups().findBundleIdByIdentifier("com.acme.notes").orElseThrow().id();
          c.bundleIdCapabilities().create(Requests.capabilityCreate(notes, "MAPS", null));
        });
    Edits.replace(
        ws.config.resolve("account.yaml"),
        "    devices: false\n",
        "    devices: false\n    capabilities: true\n");
    // prune also removes the default capabilities Apple gave the example's App IDs: more than the
    // safety threshold, so the test allows it
    Workspace.Run apply = ws.sandbox("apply", "--auto-approve", "--allow-destroy", "--no-color");
    assertThat(apply.code()).as(apply.all()).isZero();
    String out = apply.all();
    assertThat(out).contains("-/+ profile.notes_app_store");
    assertThat(out.indexOf("- capability.com.acme.notes/MAPS"))
        .as(out)
        .isNotNegative()
        .isLessThan(out.indexOf("-/+ profile.notes_app_store ..."));
    Workspace.Run plan = ws.sandbox("plan", "--detailed-exitcode", "--no-color");
    assertThat(plan.code()).as(plan.all()).isZero();
  }

  /**
   * Law 1: a profile whose explicit device list names a device the config disables passed plan and
   * failed every apply with Apple's 409. It is refused before any request, at its position.
   */
  @Test
  void aProfileNamingADisabledDeviceIsRefusedAtItsPosition() {
    Workspace ws = applied();
    Edits.replace(
        ws.config.resolve("signing.yaml"),
        "devices: [alice_iphone, bob_iphone, alice_ipad]",
        "devices: [alice_iphone, bob_iphone, old_ipad]");
    Workspace.Run plan = ws.sandbox("plan", "--no-color");
    assertThat(plan.code()).isEqualTo(1);
    assertThat(plan.err())
        .containsPattern(
            "signing\\.yaml:49:\\d+: profiles\\.weather_development"
                + "\\.devices: 'old_ipad' is DISABLED");
    Workspace.Run validate = Workspace.run("validate", "-c", ws.config.toString());
    assertThat(validate.code()).isEqualTo(1);
    assertThat(validate.err()).contains("'old_ipad' is DISABLED");
  }
}
