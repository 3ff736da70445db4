package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.sandbox.TestApi;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #16 item 5: an expired certificate gave "No changes" (exit 0). Expired and expiring
 * certificates are warnings; an expired created one is renewed; an expired adopted one fails a
 * nightly audit with settings.fail_on_warnings.
 */
class ExpiryTest {
  @TempDir Path tmp;

  private static void expire(Workspace ws, String kind, String id) {
    ws.withSandbox(
        local ->
            assertThat(
                    new TestApi(local.sandbox())
                        .send("POST", "/_sandbox/" + kind + "/" + id + "/expire", null)
                        .statusCode())
                .isEqualTo(204));
  }

  @Test
  void expiredCertificatesAreWarningsAndACreatedOneIsRenewed() throws Exception {
    Workspace ws = new Workspace(tmp);
    Edits.replace(
        ws.config.resolve("signing.yaml"),
        "    type: DEVELOPMENT\n    manage: create\n    renew_before: 30d\n",
        "    type: DEVELOPMENT\n    manage: create\n");
    assertThat(ws.sandbox("apply", "--auto-approve").code()).isZero();
    assertThat(ws.sandbox("plan", "--detailed-exitcode").code()).isZero();

    expire(ws, "certificates", "CERTDIST01");
    Workspace.Run audit = ws.sandbox("plan", "--detailed-exitcode", "--no-color");
    assertThat(audit.code()).as(audit.all()).isZero();
    assertThat(audit.out())
        .contains(
            "Warnings:",
            "! certificate.apple_distribution: certificate" + " 5A3F9C21D4E6B708 expired on ",
            "ascform never renews an adopted certificate",
            "No changes.");
    JsonNode json = new ObjectMapper().readTree(ws.sandbox("plan", "--format", "json").out());
    JsonNode w = json.get("warnings").get(0);
    assertThat(w.get("code").asText()).isEqualTo("certificate_expired");
    assertThat(w.get("address").asText()).isEqualTo("certificate.apple_distribution");
    assertThat(w.get("details").get("apple_id").asText()).isEqualTo("CERTDIST01");
    assertThat(w.get("details").get("days_left").asLong()).isNotPositive();
    assertThat(ws.sandbox("plan", "--format", "markdown").out())
        .contains(
            "> [!WARNING]",
            "`certificate.apple_distribution`: certificate 5A3F9C21D4E6B708 expired on ");

    Edits.replace(
        ws.config.resolve("account.yaml"),
        "  min_admins: 2",
        "  min_admins: 2\n  fail_on_warnings: true");
    assertThat(ws.sandbox("plan", "--detailed-exitcode").code()).isEqualTo(2);

    String dev =
        ws.sandbox("state", "show", "certificate.apple_development")
            .out()
            .replaceAll("(?s).*apple_id: *(\\S+).*", "$1");
    expire(ws, "certificates", dev);
    Workspace.Run renew = ws.sandbox("plan", "--detailed-exitcode", "--no-color");
    assertThat(renew.code()).as(renew.all()).isEqualTo(2);
    assertThat(renew.out())
        .contains(
            "+/- certificate.apple_development",
            "(expired ",
            "! certificate.apple_development: certificate ",
            "; this plan renews it");
  }

  @Test
  void anExpiredProfileIsReplacedEvenWithoutRenewBefore() {
    Workspace ws = new Workspace(tmp);
    assertThat(ws.sandbox("apply", "--auto-approve").code()).isZero();
    String id =
        ws.sandbox("state", "show", "profile.notes_app_store")
            .out()
            .replaceAll("(?s).*apple_id: *(\\S+).*", "$1");
    expire(ws, "profiles", id);
    Workspace.Run plan = ws.sandbox("plan", "--detailed-exitcode", "--no-color");
    assertThat(plan.code()).as(plan.all()).isEqualTo(2);
    assertThat(plan.out())
        .contains(
            "-/+ profile.notes_app_store",
            "(expired ",
            "! profile.notes_app_store: profile Acme Notes App Store expired on ",
            "; this plan renews it");
    assertThat(ws.sandbox("apply", "--auto-approve").code()).isZero();
    Workspace.Run after = ws.sandbox("plan", "--detailed-exitcode", "--no-color");
    assertThat(after.code()).as(after.all()).isZero();
    assertThat(after.out()).doesNotContain("Warnings:");
  }
}
