package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes that go wrong between ascform and Apple, through a proxy in front of the sandbox: a lost
 * response is re-read and adopted, never resent; a write refused unprocessed (429) is re-read and
 * sent again; a write accepted but not made fails the postcondition; a second apply converges.
 */
class WriteFaultsTest {
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

  private long devicesWithUdid(String udid) {
    synchronized (sandbox.account()) {
      return sandbox.account().all("devices").stream()
          .filter(d -> udid.equalsIgnoreCase(d.text("udid")))
          .count();
    }
  }

  /**
   * The devices the apply registers are each in the account once, and a plan finds nothing to do.
   */
  private void assertEachNewDeviceOnceAndConverged() {
    for (String udid :
        List.of(
            "00008030-000A0B0C0D0E0F10",
            "00008101-00A1B2C3D4E5F607",
            "00008301-000E1F2A3B4C5D6E",
            "00008122-000A1B2C3D4E5F60")) {
      assertThat(devicesWithUdid(udid)).as(udid).isEqualTo(1);
    }
    assertThat(acme.run("plan", "--detailed-exitcode").code()).isZero();
  }

  /**
   * One device registration meets {@code fault}; the apply still succeeds saying {@code note}, the
   * sandbox sees one POST per device (6) and each device once.
   */
  private void oneDeviceCreateMeets(FaultProxy.Mode fault, String note) {
    proxy.once(fault, "POST", "/v1/devices");
    long postsBefore = sandbox.stats().count("POST /v1/devices");
    Workspace.Run r = acme.run("apply", "--auto-approve");
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.err()).contains(note);
    assertThat(sandbox.stats().count("POST /v1/devices") - postsBefore).isEqualTo(6);
    assertEachNewDeviceOnceAndConverged();
  }

  @Test
  void aLostCreateResponseIsAdoptedWithoutADuplicate() {
    oneDeviceCreateMeets(
        FaultProxy.Mode.LOSE_RESPONSE,
        "the response was lost but the write landed: adopted, not sent again");
  }

  @Test
  void aThrottledCreateIsReadBackThenSentAgainOnce() {
    // the refused POST never reached the sandbox; the one sent again after the read-back did
    oneDeviceCreateMeets(
        FaultProxy.Mode.THROTTLE,
        "sent again after 429 (the read-back showed it had not been made)");
  }

  @Test
  void aWriteAcceptedButNotMadeFailsItsPostconditionAndSkipsDependents() {
    proxy.once(FaultProxy.Mode.ACCEPT_WITHOUT_DOING, "PATCH", "/v1/bundleIds/NOTESAPP01");
    Workspace.Run r = acme.run("apply", "--auto-approve");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "~ bundle_id.notes_app ... FAILED: Apple accepted the change but did not make it:"
                + " com.acme.notes read back still differs: name: wanted Acme Notes, is Notes",
            "+ capability.notes_app.app_groups ... skipped: bundle_id.notes_app failed");
    assertThat(r.out()).contains("Apply failed: ", "77 done, 1 failed, 9 skipped.");

    Workspace.Run again = acme.run("apply", "--auto-approve");
    assertThat(again.code()).as(again.all()).isZero();
    assertThat(again.out()).contains("Apply complete: 10 done.");
    assertThat(acme.run("plan", "--detailed-exitcode").code()).isZero();
  }

  @Test
  void aLostTesterResponseIsCheckedByReadingTheGroupNotSentAgain() {
    proxy.once(FaultProxy.Mode.LOSE_RESPONSE, "POST", "/v1/betaTesters");
    long before = sandbox.stats().count("POST /v1/betaTesters");
    Workspace.Run r = acme.run("apply", "--auto-approve");
    assertThat(r.code()).as(r.all()).isZero();
    long posts = sandbox.stats().count("POST /v1/betaTesters") - before;
    long created;
    synchronized (sandbox.account()) {
      created = sandbox.account().all("betaTesters").size() - 4;
    }
    assertThat(posts).as("one POST per new tester, none resent").isEqualTo(created);
    assertThat(acme.run("plan", "--detailed-exitcode").code()).isZero();
  }
}
