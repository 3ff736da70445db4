package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import ADDR ID} for several kinds on examples/acme's sandbox account (issue #8). */
class ImportKindsTest {
  @TempDir Path tmp;

  private static void imported(Workspace ws, String address, String id) throws Exception {
    Workspace.Run r = ws.sandbox("import", address, id);
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out()).contains("Imported " + address);
    String state = Files.readString(ws.state());
    assertThat(state).contains("\"" + address + "\"", "\"" + id + "\"");
  }

  @Test
  void importsADeviceACertificateAUserAndABetaGroup() throws Exception {
    Workspace ws = new Workspace(tmp);
    imported(ws, "device.alice_iphone", "DEVICE0001");
    imported(ws, "certificate.apple_distribution", "CERTDIST01");
    imported(ws, "user.bob", "USERBOB001");
    imported(ws, "beta_group.notes_public_beta", "GROUPBETA1");
    imported(ws, "bundle_id.notes_widget", "NOTESWDG01");
    imported(ws, "profile.notes_app_store", "PROFNOTES1");
    imported(ws, "beta_tester.notes_public_beta/ines.garcia@example.org", "GROUPBETA1/TESTINES01");
    Workspace.Run plan = ws.sandbox("plan", "--no-color");
    assertThat(plan.code()).as(plan.all()).isZero();
    assertThat(plan.out())
        .doesNotContain(
            "<= device.alice_iphone",
            "<= user.bob",
            "<= beta_group.notes_public_beta",
            "<= certificate.apple_distribution",
            "<= beta_tester.notes_public_beta/ines.garcia@example.org");
  }

  @Test
  void importsACapabilityByItsIdAlone() throws Exception {
    Workspace ws = new Workspace(tmp);
    String[] id = new String[1];
    ws.withSandbox(
        local ->
            id[0] =
                Workspace.clientFor(local)
                    .bundleIds()
                    .get("NOTESWDG01", "bundleIdCapabilities")
                    .included()
                    .stream()
                    .filter(r -> "APP_GROUPS".equals(r.text("capabilityType")))
                    .findFirst()
                    .orElseThrow()
                    .id());
    imported(ws, "capability.notes_widget.app_groups", id[0]);
  }

  @Test
  void refusesAnIdWhoseNaturalKeyDiffersFromTheConfig() {
    Workspace ws = new Workspace(tmp);
    Workspace.Run r = ws.sandbox("import", "device.alice_iphone", "DEVICE0002");
    assertThat(r.code()).isNotZero();
    assertThat(r.all())
        .contains("DEVICE0002 is 00008110-000c1d2e3f405162", "device.alice_iphone declares");
    assertThat(Files.exists(ws.state())).isFalse();
  }

  @Test
  void refusesAnAddressTheConfigDoesNotDeclare() {
    Workspace ws = new Workspace(tmp);
    Workspace.Run r = ws.sandbox("import", "device.nobody", "DEVICE0001");
    assertThat(r.code()).isNotZero();
    assertThat(r.all()).contains("device.nobody is not declared in the configuration");
  }
}
