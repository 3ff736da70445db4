package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.AscClient;
import dev.ascform.api.resources.Requests;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's flow end to end against the in-process sandbox seeded from examples/acme: plan
 * (golden text, JSON and Markdown), apply, converge, then drift made behind ascform's back.
 */
class AcmePlanApplyTest {
  @TempDir Path tmp;

  @Test
  void plansTheAcmeAccountAsTheGoldenFilesSay() {
    Workspace ws = new Workspace(tmp);
    Workspace.Run text = ws.sandbox("plan", "--no-color");
    assertThat(text.code()).as(text.all()).isZero();
    Golden.check("acme/plan.txt", Golden.normalise(text.out(), tmp));
    Workspace.Run json = ws.sandbox("plan", "--format", "json");
    Golden.check("acme/plan.json", Golden.normalise(json.out(), tmp));
    Workspace.Run md = ws.sandbox("plan", "--format", "markdown");
    Golden.check("acme/plan.md", Golden.normalise(md.out(), tmp));
  }

  @Test
  void readsTheWholeAccountInTenRequests() {
    Workspace ws = new Workspace(tmp);
    Workspace.Run r = ws.sandbox("plan", "--format", "json");
    assertThat(r.out())
        .contains(
            "\"requests_total\" : 10",
            "\"GET /v1/builds\" : 1",
            "\"GET /v1/certificates\" : 1",
            "\"GET /v1/profiles\" : 1",
            "\"GET /v1/bundleIds\" : 1",
            "\"GET /v1/devices\" : 1",
            "\"GET /v1/apps\" : 1",
            "\"GET /v1/users\" : 1",
            "\"GET /v1/userInvitations\" : 1",
            "\"GET /v1/betaGroups\" : 1",
            "\"GET /v1/betaTesters\" : 1");
    assertThat(r.out()).doesNotContain("GET /v1/builds/{id}");
    assertThat(r.err()).contains("read 10 collections in 10 requests");
  }

  @Test
  void appliesThenConvergesThenReportsDriftWithExitTwo() {
    Workspace ws = new Workspace(tmp);
    assertThat(ws.sandbox("plan", "--detailed-exitcode").code()).isEqualTo(2);
    Workspace.Run apply = ws.sandbox("apply", "--auto-approve");
    assertThat(apply.code()).as(apply.all()).isZero();
    assertThat(apply.err()).contains("[1/87] ", "[87/87] ", "created in", "replaced in");
    assertThat(apply.out()).contains("Apply complete: 87 done.");

    Workspace.Run again = ws.sandbox("plan", "--detailed-exitcode");
    assertThat(again.code()).as(again.all()).isZero();
    assertThat(again.out()).contains("No changes.");

    ws.withSandbox(
        local -> {
          AscClient c = Workspace.clientFor(local);
          String id = c.lookups().findBundleIdByIdentifier("com.acme.weather").orElseThrow().id();
          c.bundleIds().update(id, Requests.bundleIdUpdate(id, "Weather (renamed by hand)"));
        });
    Workspace.Run drift = ws.sandbox("plan", "--detailed-exitcode", "--no-color");
    assertThat(drift.code()).as(drift.all()).isEqualTo(2);
    assertThat(drift.out())
        .contains(
            "Changed outside ascform since the last apply:",
            "bundle_id.weather_app",
            "\"Weather (renamed by hand)\" -> \"Acme Weather\"");
  }

  @Test
  void replacingABundleIdRecreatesItsCapabilitiesInTheSameApply() {
    Workspace ws = new Workspace(tmp);
    Edits.replace(
        ws.config.resolve("sandbox-seed.yaml"),
        "name: Acme Notes Widget\n    platform: IOS",
        "name: Acme Notes Widget\n    platform: MAC_OS");
    Workspace.Run plan = ws.sandbox("plan", "--no-color");
    assertThat(plan.out())
        .contains(
            "-/+ bundle_id.notes_widget",
            "+ capability.notes_widget.app_groups",
            "what it belongs to is replaced");
    assertThat(ws.sandbox("apply", "--auto-approve").code()).isZero();
    Workspace.Run again = ws.sandbox("plan", "--detailed-exitcode");
    assertThat(again.code()).as(again.all()).isZero();
  }

  @Test
  void targetLimitsThePlanToTheAddressAndWhatItNeeds() {
    Workspace ws = new Workspace(tmp);
    Workspace.Run r =
        ws.sandbox("plan", "--no-color", "--target", "capability.notes_watch.app_groups");
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out())
        .contains(
            "+ bundle_id.notes_watch",
            "+ capability.notes_watch.app_groups",
            "Plan: 2 to create, 0 to update, 0 to replace, 0 to delete, 0 to adopt.")
        .doesNotContain("device.");
  }

  @Test
  void applyWithoutATerminalNeedsAutoApproveAndChangesNothing() {
    Workspace ws = new Workspace(tmp);
    Workspace.Run r = ws.sandbox("apply");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("Pass --auto-approve");
    assertThat(ws.state()).doesNotExist();
  }
}
