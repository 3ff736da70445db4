package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What people see when something is wrong: the config, the plan, or Apple's answer. */
class ErrorsTest {
  @TempDir Path tmp;

  @Test
  void configErrorsListEveryProblemWithPositionsAndChangeNothing() {
    Workspace ws = new Workspace(tmp);
    Edits.replace(ws.config.resolve("devices.yaml"), "device_class: IPAD", "device_class: TABLET");
    Edits.replace(ws.config.resolve("apps.yaml"), "platform: MAC_OS", "platform: WINDOWS");
    Workspace.Run r = ws.sandbox("apply", "--auto-approve");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .containsPattern("devices\\.yaml:\\d+:\\d+: ")
        .containsPattern("apps\\.yaml:\\d+:\\d+: ")
        .contains("nothing was changed");
    assertThat(ws.state()).doesNotExist();
  }

  @Test
  void aDeviceWhosePlatformDiffersCannotBePlanned() {
    Workspace ws = new Workspace(tmp);
    Edits.replace(
        ws.config.resolve("devices.yaml"),
        "udid: 00008130-001A2B3C4D5E6F01\n    platform: IOS\n    device_class: IPHONE",
        "udid: 00008130-001A2B3C4D5E6F01\n    platform: IOS\n    device_class: IPAD");
    Workspace.Run r = ws.sandbox("plan", "--detailed-exitcode");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("cannot plan", "device.alice_iphone: device_class cannot change");
  }

  @Test
  void anAppleErrorShowsStatusAndCodeAndSkipsDependents() {
    Workspace ws = new Workspace(tmp);
    Edits.replace(ws.config.resolve("apps.yaml"), "seed_id: A1B2C3D4E5", "seed_id: Z9Y8X7W6V5");
    Workspace.Run r = ws.sandbox("apply", "--auto-approve");
    assertThat(r.code()).as(r.all()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "-/+ bundle_id.notes_app ... FAILED: 409",
            "STATE_ERROR",
            "capability.notes_app.icloud ... skipped: bundle_id.notes_app failed");
    ws.withSandbox(
        local ->
            assertThat(
                    Workspace.clientFor(local).lookups().findBundleIdByIdentifier("com.acme.notes"))
                .isPresent());
  }

  @Test
  void anAppMissingFromTheAccountIsRefusedAtPlanTimeAtEveryReference() {
    Workspace ws = new Workspace(tmp);
    Edits.replace(
        ws.config.resolve("apps.yaml"), "bundle_id: com.acme.pay", "bundle_id: com.acme.payments");
    Workspace.Run r = ws.sandbox("plan");
    assertThat(r.code()).as(r.all()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "apps.yaml:11:16: apps.pay.bundle_id: the account has no app with bundle ID"
                + " 'com.acme.payments'; apps cannot be created through the API",
            "people.yaml:35:20: users.dan.visible_apps[0]: the account has no app with bundle ID"
                + " 'com.acme.payments' (apps.pay)",
            "people.yaml:53:29: users.heidi.visible_apps[1]: the account has no app",
            "testflight.yaml:53:10: beta_groups.pay_partners.app: the account has no app",
            "4 errors in the configuration; nothing was changed.");
    Workspace.Run apply = ws.sandbox("apply", "--auto-approve");
    assertThat(apply.code()).isEqualTo(1);
    assertThat(apply.err()).contains("4 errors in the configuration; nothing was changed.");
    assertThat(ws.state()).doesNotExist();
  }
}
