package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
