package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.api.jsonapi.AppleDates;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisioningRulesTest extends SandboxTest {

  private String profileBody(
      String name, String type, String bundleId, List<String> certs, List<String> devices) {
    StringBuilder sb =
        new StringBuilder(
            "{\"data\":{\"type\":\"profiles\",\"attributes\":{\"name\":\""
                + name
                + "\",\"profileType\":\""
                + type
                + "\"},\"relationships\":{");
    sb.append("\"bundleId\":{\"data\":{\"type\":\"bundleIds\",\"id\":\"")
        .append(bundleId)
        .append("\"}},");
    sb.append("\"certificates\":{\"data\":[");
    sb.append(
        String.join(
            ",",
            certs.stream().map(c -> "{\"type\":\"certificates\",\"id\":\"" + c + "\"}").toList()));
    sb.append("]},\"devices\":{\"data\":[");
    sb.append(
        String.join(
            ",",
            devices.stream().map(d -> "{\"type\":\"devices\",\"id\":\"" + d + "\"}").toList()));
    return sb.append("]}}}}").toString();
  }

  @Test
  void issuesAnX509CertificateForTheCsrKey() throws Exception {
    HttpResponse<String> r = api.post("/v1/certificates", Csrs.certificateBody("IOS_DISTRIBUTION"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode attrs = TestApi.json(r).path("data").path("attributes");
    byte[] der = Base64.getDecoder().decode(attrs.path("certificateContent").asText());
    X509Certificate cert =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
    assertThat(cert.getPublicKey()).isEqualTo(Csrs.keyPair().getPublic());
    assertThat(cert.getSerialNumber().toString(16))
        .isEqualToIgnoringCase(attrs.path("serialNumber").asText());
    assertThat(cert.getNotAfter().toInstant())
        .isEqualTo(AppleDates.parse(attrs.path("expirationDate").asText()));
    assertThat(cert.getSubjectX500Principal().getName()).contains("iPhone Distribution");
    assertThat(attrs.path("platform").asText()).isEqualTo("IOS");
  }

  @Test
  void refusesSomethingThatIsNotACsr() {
    String body =
        "{\"data\":{\"type\":\"certificates\",\"attributes\":{\"certificateType\":\"DEVELOPMENT\",\"csrContent\":\""
            + Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8))
            + "\"}}}";
    assertError(
        api.post("/v1/certificates", body),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/attributes/csrContent");
  }

  @Test
  void capsCurrentDistributionCertificatesAtThree() {
    for (int i = 0; i < 3; i++) {
      api.create("/v1/certificates", Csrs.certificateBody("DISTRIBUTION"));
    }
    assertError(
        api.post("/v1/certificates", Csrs.certificateBody("DISTRIBUTION")),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/attributes/certificateType");
    assertThat(api.post("/v1/certificates", Csrs.certificateBody("DEVELOPMENT")).statusCode())
        .isEqualTo(201);
  }

  @Test
  void expiredDistributionCertificatesDoNotCountTowardsTheCap() throws Exception {
    String first = api.create("/v1/certificates", Csrs.certificateBody("DISTRIBUTION"));
    api.create("/v1/certificates", Csrs.certificateBody("DISTRIBUTION"));
    api.create("/v1/certificates", Csrs.certificateBody("DISTRIBUTION"));
    assertThat(admin("POST", "/_sandbox/certificates/" + first + "/expire").statusCode())
        .isEqualTo(204);
    assertThat(api.post("/v1/certificates", Csrs.certificateBody("DISTRIBUTION")).statusCode())
        .isEqualTo(201);
  }

  HttpResponse<String> admin(String method, String path) {
    return api.send(method, path, null);
  }

  @Test
  void storeProfilesRefuseDevices() {
    String b = api.createBundleId("com.acme.app", "IOS");
    String c = api.create("/v1/certificates", Csrs.certificateBody("DISTRIBUTION"));
    String d = api.createDevice("iPhone", TestApi.udid(1), "IOS");
    assertError(
        api.post("/v1/profiles", profileBody("Store", "IOS_APP_STORE", b, List.of(c), List.of(d))),
        409,
        "ENTITY_ERROR.RELATIONSHIP.NOT_ALLOWED",
        "/data/relationships/devices");
    assertThat(
            api.post(
                    "/v1/profiles", profileBody("Store", "IOS_APP_STORE", b, List.of(c), List.of()))
                .statusCode())
        .isEqualTo(201);
  }

  @Test
  void adHocProfilesNeedADevice() {
    String b = api.createBundleId("com.acme.app", "IOS");
    String c = api.create("/v1/certificates", Csrs.certificateBody("DISTRIBUTION"));
    assertError(
        api.post("/v1/profiles", profileBody("AdHoc", "IOS_APP_ADHOC", b, List.of(c), List.of())),
        409,
        "ENTITY_ERROR.RELATIONSHIP.REQUIRED",
        "/data/relationships/devices");
  }

  @Test
  void developmentProfilesNeedDevelopmentCertificates() {
    String b = api.createBundleId("com.acme.app", "IOS");
    String c = api.create("/v1/certificates", Csrs.certificateBody("DISTRIBUTION"));
    String d = api.createDevice("iPhone", TestApi.udid(1), "IOS");
    assertError(
        api.post(
            "/v1/profiles", profileBody("Dev", "IOS_APP_DEVELOPMENT", b, List.of(c), List.of(d))),
        409,
        "ENTITY_ERROR.RELATIONSHIP.INVALID",
        "/data/relationships/certificates");
  }

  @Test
  void profileNamesAreUnique() {
    String b = api.createBundleId("com.acme.app", "IOS");
    String c = api.create("/v1/certificates", Csrs.certificateBody("DISTRIBUTION"));
    api.create(
        "/v1/profiles", profileBody("Acme Store", "IOS_APP_STORE", b, List.of(c), List.of()));
    assertError(
        api.post(
            "/v1/profiles", profileBody("Acme Store", "IOS_APP_STORE", b, List.of(c), List.of())),
        409,
        "ENTITY_ERROR",
        "/data/attributes/name");
  }

  @Test
  void profilesAreImmutable() {
    String b = api.createBundleId("com.acme.app", "IOS");
    String c = api.create("/v1/certificates", Csrs.certificateBody("DISTRIBUTION"));
    String p =
        api.create(
            "/v1/profiles", profileBody("Acme Store", "IOS_APP_STORE", b, List.of(c), List.of()));
    assertError(
        api.patch(
            "/v1/profiles/" + p,
            "{\"data\":{\"type\":\"profiles\",\"id\":\""
                + p
                + "\",\"attributes\":{\"name\":\"x\"}}}"),
        405,
        "METHOD_NOT_ALLOWED",
        null);
  }

  @Test
  void profileContentIsAPlistWithTheProvisioningFacts() {
    String b = api.createBundleId("com.acme.app", "IOS");
    String c = api.create("/v1/certificates", Csrs.certificateBody("DISTRIBUTION"));
    String d = api.createDevice("iPhone", TestApi.udid(7), "IOS");
    HttpResponse<String> r =
        api.post(
            "/v1/profiles", profileBody("Acme AdHoc", "IOS_APP_ADHOC", b, List.of(c), List.of(d)));
    JsonNode attrs = TestApi.json(r).path("data").path("attributes");
    String plist =
        new String(
                Base64.getDecoder().decode(attrs.path("profileContent").asText()),
                StandardCharsets.UTF_8)
            .replaceAll("\\s*\\n\\s*", "");
    String teamId = sandbox.account().team().teamId();
    assertThat(plist)
        .contains("<key>UUID</key><string>" + attrs.path("uuid").asText() + "</string>")
        .contains("<key>TeamIdentifier</key><array><string>" + teamId + "</string></array>")
        .contains("<string>" + teamId + ".com.acme.app</string>")
        .contains("<key>ProvisionedDevices</key>")
        .contains(TestApi.udid(7))
        .contains(
            "<key>ExpirationDate</key><date>"
                + AppleDates.parse(attrs.path("expirationDate").asText())
                + "</date>");
  }

  @Test
  void revokingACertificateInvalidatesItsProfiles() {
    String b = api.createBundleId("com.acme.app", "IOS");
    String c = api.create("/v1/certificates", Csrs.certificateBody("DISTRIBUTION"));
    String p =
        api.create(
            "/v1/profiles", profileBody("Acme Store", "IOS_APP_STORE", b, List.of(c), List.of()));
    assertThat(api.delete("/v1/certificates/" + c).statusCode()).isEqualTo(204);
    assertThat(
            TestApi.json(api.get("/v1/profiles/" + p))
                .path("data")
                .path("attributes")
                .path("profileState")
                .asText())
        .isEqualTo("INVALID");
  }

  @Test
  void changingCapabilitiesInvalidatesTheBundleIdsProfiles() {
    String b = api.createBundleId("com.acme.app", "IOS");
    String c = api.create("/v1/certificates", Csrs.certificateBody("DISTRIBUTION"));
    String p =
        api.create(
            "/v1/profiles", profileBody("Acme Store", "IOS_APP_STORE", b, List.of(c), List.of()));
    api.create(
        "/v1/bundleIdCapabilities",
        "{\"data\":{\"type\":\"bundleIdCapabilities\",\"attributes\":{\"capabilityType\":\"PUSH_NOTIFICATIONS\"},\"relationships\":{\"bundleId\":{\"data\":{\"type\":\"bundleIds\",\"id\":\""
            + b
            + "\"}}}}}");
    assertThat(
            TestApi.json(api.get("/v1/profiles?filter[profileState]=INVALID"))
                .path("data")
                .path(0)
                .path("id")
                .asText())
        .isEqualTo(p);
  }

  @Test
  void profileRelationsAreReadable() {
    String b = api.createBundleId("com.acme.app", "IOS");
    String c = api.create("/v1/certificates", Csrs.certificateBody("DEVELOPMENT"));
    String d1 = api.createDevice("iPhone", TestApi.udid(1), "IOS");
    String d2 = api.createDevice("iPad", TestApi.udid(2), "IOS");
    String p =
        api.create(
            "/v1/profiles",
            profileBody("Dev", "IOS_APP_DEVELOPMENT", b, List.of(c), List.of(d1, d2)));
    assertThat(
            TestApi.json(api.get("/v1/profiles/" + p + "/devices?limit=1"))
                .path("meta")
                .path("paging")
                .path("total")
                .asInt())
        .isEqualTo(2);
    assertThat(
            TestApi.json(api.get("/v1/profiles/" + p + "/relationships/certificates"))
                .path("data")
                .path(0)
                .path("id")
                .asText())
        .isEqualTo(c);
    assertThat(
            TestApi.json(api.get("/v1/profiles/" + p + "/bundleId"))
                .path("data")
                .path("id")
                .asText())
        .isEqualTo(b);
    assertThat(
            TestApi.json(api.get("/v1/bundleIds/" + b + "/profiles"))
                .path("data")
                .path(0)
                .path("id")
                .asText())
        .isEqualTo(p);
    JsonNode incl =
        TestApi.json(api.get("/v1/profiles/" + p + "?include=bundleId,devices,certificates"));
    assertThat(incl.path("included")).hasSize(4);
    assertThat(sandbox.stats().count("GET /v1/profiles/{id}/devices")).isEqualTo(1);
  }
}
