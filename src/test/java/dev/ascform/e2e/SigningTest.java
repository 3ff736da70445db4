package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.resources.Requests;
import dev.ascform.sandbox.TestApi;
import dev.ascform.sandbox.store.Entity;
import dev.ascform.secrets.KeyMaker;
import dev.ascform.secrets.Passphrase;
import dev.ascform.secrets.SecretStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificates and profiles of examples/acme against the sandbox (issue #6). */
class SigningTest {
  /** The passphrase --sandbox uses when ASCFORM_SECRETS_PASSPHRASE is unset. */
  private static final char[] SANDBOX_PASSPHRASE = "ascform-sandbox-only".toCharArray();

  @TempDir Path tmp;

  private Workspace converged() {
    Workspace ws = new Workspace(tmp);
    Workspace.Run apply = ws.sandbox("apply", "--auto-approve");
    assertThat(apply.code()).as(apply.all()).isZero();
    return ws;
  }

  private Path secrets() {
    return tmp.resolve(".ascform/sandbox/secrets");
  }

  private List<Entity> certificates(Workspace ws) {
    List<Entity> out = new ArrayList<>();
    ws.withSandbox(
        local -> {
          synchronized (local.sandbox().account()) {
            out.addAll(local.sandbox().account().all("certificates"));
          }
        });
    return out;
  }

  @Test
  void aKeyLeftWaitingByAKilledApplyIsMatchedToItsIssuedCertificateNeverRequestedTwice() {
    Workspace ws = new Workspace(tmp);
    // an apply stored its key pair, sent the request, and died before storing Apple's answer
    java.security.KeyPair pair = KeyMaker.rsa2048();
    var store = new SecretStore(secrets(), new Passphrase(new String(SANDBOX_PASSPHRASE)));
    store.putPending("apple_development", pair);
    ws.withSandbox(
        local ->
            Workspace.clientFor(local)
                .certificates()
                .create(
                    Requests.certificateCreate(
                        KeyMaker.csr(pair, "ascform apple_development"), "DEVELOPMENT")));
    int issued = certificates(ws).size();

    Workspace.Run apply = ws.sandbox("apply", "--auto-approve");

    assertThat(apply.code()).as(apply.out() + apply.err()).isZero();
    assertThat(certificates(ws)).hasSize(issued);
    assertThat(store.certificate("apple_development").orElseThrow().getPublicKey())
        .isEqualTo(pair.getPublic());
    assertThat(store.pendingP12("apple_development")).doesNotExist();
    assertThat(ws.sandbox("plan", "--detailed-exitcode").code()).isZero();
  }

  @Test
  void aCreatedCertificateWhoseKeyIsGoneFromTheStoreIsRefusedNotPlannedAround() throws Exception {
    Workspace ws = converged();
    int issued = certificates(ws).size();
    Files.delete(secrets().resolve("apple_development.cer"));
    Files.delete(secrets().resolve("apple_development.p12"));

    Workspace.Run plan = ws.sandbox("plan");
    Workspace.Run apply = ws.sandbox("apply", "--auto-approve");

    assertThat(plan.code()).as(plan.all()).isEqualTo(1);
    assertThat(plan.err())
        .contains("certificate.apple_development (Apple id ")
        .contains("not in the secret store")
        .contains("ascform state rm certificate.apple_development");
    // before: the plan replaced every profile holding it with "(new) apple_development", and
    // each apply failed the profiles' read-back, on every run
    assertThat(apply.code()).as(apply.all()).isEqualTo(1);
    assertThat(certificates(ws)).hasSize(issued);
  }

  @Test
  void adoptsTheDistributionCertificateWithoutRevokingAnything() {
    Workspace ws = new Workspace(tmp);
    Workspace.Run plan = ws.sandbox("plan", "--no-color");
    assertThat(plan.out())
        .contains("<= certificate.apple_distribution", "+ certificate.apple_development");
    Workspace.Run apply = ws.sandbox("apply", "--auto-approve");
    assertThat(apply.code()).as(apply.all()).isZero();
    assertThat(certificates(ws)).extracting(Entity::id).contains("CERTDIST01", "CERTDEV001");
    assertThat(certificates(ws)).hasSize(3);
  }

  @Test
  void createsFromARealCsrAndKeepsTheKeyOnlyInTheEncryptedStore() throws Exception {
    Workspace ws = new Workspace(tmp);
    Workspace.Run saved = ws.sandbox("plan", "-out", tmp.resolve("p.json").toString());
    Workspace.Run apply = ws.sandbox("apply", "--auto-approve");
    Workspace.Run again = ws.sandbox("plan", "--detailed-exitcode");
    assertThat(again.code()).as(again.all()).isZero();
    assertThat(apply.err())
        .contains("ASCFORM_SECRETS_PASSPHRASE is not set", "sandbox-only default passphrase");

    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(secrets().resolve("apple_development.p12"))) {
      ks.load(in, SANDBOX_PASSPHRASE);
    }
    PrivateKey key = (PrivateKey) ks.getKey("ascform", SANDBOX_PASSPHRASE);
    X509Certificate cert = (X509Certificate) ks.getCertificate("ascform");
    assertThat(((RSAPrivateCrtKey) key).getModulus().bitLength()).isEqualTo(2048);
    assertThat(((RSAPublicKey) cert.getPublicKey()).getModulus())
        .isEqualTo(((RSAPrivateCrtKey) key).getModulus());
    String serial = cert.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
    assertThat(certificates(ws))
        .anySatisfy(c -> assertThat(c.text("serialNumber")).isEqualTo(serial));

    // pieces of the private exponent (PKCS#8 bytes 360-420 and 399-455): the first ~300 bytes hold
    // the modulus, which is public and may rightly appear in the certificate the sandbox keeps
    String body = Base64.getEncoder().encodeToString(key.getEncoded());
    String mimeBody = Base64.getMimeEncoder().encodeToString(key.getEncoded()).split("\r\n")[7];
    List<String> outputs = List.of(saved.all(), apply.all(), again.all());
    for (String o : outputs) {
      assertThat(o)
          .doesNotContain(body.substring(480, 560))
          .doesNotContain(mimeBody)
          .doesNotContain("PRIVATE KEY");
    }
    try (Stream<Path> files = Files.walk(tmp)) {
      for (Path f :
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().endsWith(".p12"))
              .toList()) {
        String text =
            new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text)
            .as(f.toString())
            .doesNotContain(body.substring(480, 560))
            .doesNotContain(mimeBody);
        String name = f.getFileName().toString();
        if (!name.endsWith(".p8") && !name.equals("api-key.json")) { // the sandbox's API key
          assertThat(text).as(f.toString()).doesNotContain("PRIVATE KEY");
        }
      }
    }
  }

  @Test
  void exportsAP12TheJdkKeyStoreOpensWithThePassphrase() throws Exception {
    Workspace ws = converged();
    Path out = tmp.resolve("ci");
    Workspace.Run r =
        ws.sandbox("certificates", "export", "apple_development", "-o", out.toString());
    assertThat(r.code()).as(r.all()).isZero();
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(out.resolve("apple_development.p12"))) {
      ks.load(in, SANDBOX_PASSPHRASE);
    }
    assertThat(ks.isKeyEntry("ascform")).isTrue();
    assertThat(ks.getKey("ascform", SANDBOX_PASSPHRASE)).isInstanceOf(PrivateKey.class);
    assertThat(ks.getCertificateChain("ascform")).hasSize(1);
    assertThat(Files.readAllBytes(out.resolve("apple_development.cer")))
        .isEqualTo(ks.getCertificate("ascform").getEncoded());

    Path moved = tmp.resolve("elsewhere");
    org.assertj.core.api.Assertions.assertThat(Files.exists(secrets())).isTrue();
    Files.move(secrets(), moved);
    Workspace.Run fromDir =
        ws.sandbox(
            "certificates",
            "export",
            "apple_development",
            "-o",
            tmp.resolve("ci2").toString(),
            "--secrets-dir",
            moved.toString());
    assertThat(fromDir.code()).as(fromDir.all()).isZero();
    Workspace.Run missing =
        ws.sandbox(
            "certificates", "export", "apple_development", "-o", tmp.resolve("ci3").toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no private key for certificate apple_development");

    Workspace.Run unknown = ws.sandbox("certificates", "export", "nope", "-o", out.toString());
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("no certificate \"nope\"", "apple_development");
  }

  @Test
  void aNewDeviceReplacesOnlyDevelopmentAndAdHocProfiles() {
    Workspace ws = converged();
    Edits.replace(
        ws.config.resolve("devices.yaml"),
        "devices:\n",
        "devices:\n"
            + "  erin_iphone:\n    name: Erin's iPhone\n    udid: 00008130-00AAAAAAAAAAAAAA\n"
            + "    platform: IOS\n    device_class: IPHONE\n    tags: [dev, qa]\n");
    Workspace.Run plan = ws.sandbox("plan", "--no-color");
    assertThat(plan.out())
        .contains(
            "+ device.erin_iphone",
            "-/+ profile.notes_development",
            "-/+ profile.notes_adhoc",
            "devices +erin_iphone",
            "Plan: 1 to create, 0 to update, 2 to replace, 0 to delete, 0 to adopt.");
    assertThat(plan.out()).doesNotContain("profile.notes_app_store", "profile.weather_development");
    assertThat(ws.sandbox("apply", "--auto-approve").code()).isZero();
    assertThat(ws.sandbox("plan", "--detailed-exitcode").code()).isZero();
  }

  @Test
  void aCapabilityChangeReplacesTheProfilesOfThatBundleIdAndSaysWhy() {
    Workspace ws = converged();
    Edits.replace(
        ws.config.resolve("apps.yaml"),
        "      ASSOCIATED_DOMAINS: {}\n",
        "      ASSOCIATED_DOMAINS: {}\n      MAPS: {}\n");
    Workspace.Run plan = ws.sandbox("plan", "--no-color");
    assertThat(plan.out())
        .contains(
            "+ capability.notes_app.maps",
            "-/+ profile.notes_app_store",
            "-/+ profile.notes_development",
            "-/+ profile.notes_adhoc",
            "capability.notes_app.maps changes (Apple marks the profile INVALID)",
            "Plan: 1 to create, 0 to update, 3 to replace, 0 to delete, 0 to adopt.");
    assertThat(plan.out()).doesNotContain("profile.pay_app_store", "profile.weather_development");
    Workspace.Run json = ws.sandbox("plan", "--format", "json");
    assertThat(json.out()).contains("\"capability.notes_app.maps\"");
    Workspace.Run apply = ws.sandbox("apply", "--auto-approve");
    assertThat(apply.code()).as(apply.all()).isZero();
    assertThat(apply.err().indexOf("capability.notes_app.maps ..."))
        .isLessThan(apply.err().indexOf("profile.notes_app_store ..."));
    assertThat(ws.sandbox("plan", "--detailed-exitcode").code()).isZero();
  }

  @Test
  void renewalCreatesTheNewCertificateBeforeRevokingTheOldAndMovesTheProfiles() {
    Workspace ws = converged();
    String old =
        certificates(ws).stream()
            .filter(c -> c.text("name").startsWith("Apple" + " Development:"))
            .findFirst()
            .orElseThrow()
            .id();
    ws.withSandbox(
        local ->
            assertThat(
                    new TestApi(local.sandbox())
                        .send("POST", "/_sandbox/certificates/" + old + "/expire", null)
                        .statusCode())
                .isEqualTo(204));
    Workspace.Run plan = ws.sandbox("plan", "--no-color");
    assertThat(plan.out())
        .contains(
            "+/- certificate.apple_development",
            "(expired ",
            "-/+ profile.notes_development",
            "-/+ profile.weather_development",
            "certificate.apple_development is renewed");
    Workspace.Run json = ws.sandbox("plan", "--format", "json");
    assertThat(json.out().replaceAll("\\s", "")).contains("\"actions\":[\"create\",\"delete\"]");
    Workspace.Run apply = ws.sandbox("apply", "--auto-approve");
    assertThat(apply.code()).as(apply.all()).isZero();
    String progress = apply.err();
    int created = progress.indexOf("certificate.apple_development ... created anew");
    int moved = progress.indexOf("profile.weather_development ... replaced");
    int revoked =
        progress.indexOf("certificate.apple_development: the old one (id " + old + ") is deleted");
    assertThat(created).as(progress).isNotNegative().isLessThan(moved);
    assertThat(moved).as(progress).isLessThan(revoked);
    assertThat(apply.out()).contains("Apply complete: 3 done.");
    List<Entity> now = certificates(ws);
    assertThat(now).extracting(Entity::id).doesNotContain(old);
    Entity renewed =
        now.stream()
            .filter(c -> c.text("name").startsWith("Apple Development:"))
            .findFirst()
            .orElseThrow();
    ws.withSandbox(
        local -> {
          synchronized (local.sandbox().account()) {
            Entity p =
                local.sandbox().account().all("profiles").stream()
                    .filter(x -> x.text("name").equals("Acme Weather Development"))
                    .findFirst()
                    .orElseThrow();
            assertThat(p.rel("certificates")).containsExactly(renewed.id());
            assertThat(p.text("profileState")).isEqualTo("ACTIVE");
          }
        });
    assertThat(ws.sandbox("plan", "--detailed-exitcode").code()).isZero();
  }

  @Test
  void theDistributionCapIsRefusedWhilePlanningAndNothingIsWritten() {
    Workspace ws = new Workspace(tmp);
    Edits.replace(
        ws.config.resolve("signing.yaml"),
        "certificates:\n",
        "certificates:\n"
            + "  dist_b: {type: DISTRIBUTION, manage: create}\n"
            + "  dist_c: {type: DISTRIBUTION, manage: create}\n"
            + "  dist_d: {type: IOS_DISTRIBUTION, manage: create}\n");
    Workspace.Run plan = ws.sandbox("plan");
    assertThat(plan.code()).isEqualTo(1);
    assertThat(plan.all())
        .contains(
            "Apple allows at most 3 current distribution certificates;"
                + " the account has 1 and this plan would create 3");
    Workspace.Run apply = ws.sandbox("apply", "--auto-approve");
    assertThat(apply.code()).isEqualTo(1);
    assertThat(ws.state()).doesNotExist();
    assertThat(certificates(ws)).hasSize(2);
    assertThat(secrets()).doesNotExist();
  }

  @Test
  void certificatesCarryPreventDestroyByDefault() {
    Workspace ws = new Workspace(tmp);
    Edits.replace(
        ws.config.resolve("signing.yaml"),
        "certificates:\n",
        "certificates:\n" + "  extra: {type: IOS_DEVELOPMENT, manage: create}\n");
    assertThat(ws.sandbox("apply", "--auto-approve").code()).isZero();
    Edits.replace(
        ws.config.resolve("signing.yaml"),
        "  extra: {type: IOS_DEVELOPMENT, manage: create}\n",
        "");
    Workspace.Run plan = ws.sandbox("plan", "--no-color");
    assertThat(plan.code()).isEqualTo(1);
    assertThat(plan.all()).contains("certificate.extra has prevent_destroy: refusing to delete");
    Workspace.Run apply = ws.sandbox("apply", "--auto-approve", "--allow-destroy");
    assertThat(apply.code()).isEqualTo(1);
    assertThat(certificates(ws)).hasSize(4);
  }

  @Test
  void applyDownloadsTheConfiguredProfiles() throws Exception {
    Workspace ws = new Workspace(tmp);
    Path dir = tmp.resolve("profiles");
    Workspace.Run apply =
        ws.sandbox("apply", "--auto-approve", "--download-profiles", dir.toString());
    assertThat(apply.code()).as(apply.all()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
          .containsExactly(
              "Acme_Notes_Ad_Hoc.mobileprovision",
              "Acme_Notes_App_Store.mobileprovision",
              "Acme_Notes_Development.mobileprovision",
              "Acme_Notes_Mac_App_Store.mobileprovision",
              "Acme_Notes_Widget_App_Store.mobileprovision",
              "Acme_Pay_App_Store.mobileprovision",
              "Acme_Weather_Development.mobileprovision");
    }
    String adhoc = Files.readString(dir.resolve("Acme_Notes_Ad_Hoc.mobileprovision"));
    assertThat(adhoc).contains("<key>ProvisionedDevices</key>", "00008030-000A0B0C0D0E0F10");
    Path other = tmp.resolve("again");
    Workspace.Run download = ws.sandbox("profiles", "download", "-o", other.toString());
    assertThat(download.code()).as(download.all()).isZero();
    assertThat(download.out()).contains("7 profile files in");
  }
}
