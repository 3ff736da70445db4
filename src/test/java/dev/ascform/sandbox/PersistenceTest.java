package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {
  @TempDir Path dir;

  @Test
  void theAccountAndKeySurviveARestart() throws Exception {
    TeamKey first;
    String bundleId;
    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withDataDir(dir))) {
      first = sb.teamKey();
      bundleId = new TestApi(sb).createBundleId("com.acme.persisted", "IOS");
    }
    assertThat(dir.resolve("account.json")).exists();
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .doesNotContain("account.json.tmp");
    JsonNode keyJson = TestApi.JSON.readTree(dir.resolve("api-key.json").toFile());
    assertThat(keyJson.path("key_id").asText()).isEqualTo(first.keyId());
    assertThat(keyJson.path("issuer_id").asText()).isEqualTo(first.issuerId());
    assertThat(keyJson.path("key").asText()).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("api-key.json"))))
        .isEqualTo("rw-------");
    assertThat(Files.readString(dir.resolve("account.json"))).doesNotContain("PRIVATE KEY");

    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withDataDir(dir))) {
      assertThat(sb.teamKey().keyId()).isEqualTo(first.keyId());
      TeamKey fromFile =
          new TeamKey(
              keyJson.path("key_id").asText(),
              keyJson.path("issuer_id").asText(),
              keyJson.path("key").asText());
      TestApi api = new TestApi(sb).withToken(TestApi.token(fromFile, b -> {}));
      JsonNode doc = TestApi.json(api.get("/v1/bundleIds/" + bundleId));
      assertThat(doc.path("data").path("attributes").path("identifier").asText())
          .isEqualTo("com.acme.persisted");
      assertThat(
              api.post(
                      "/v1/bundleIds",
                      "{\"data\":{\"type\":\"bundleIds\",\"attributes\":{\"identifier\":\"com.acme.persisted\",\"name\":\"x\",\"platform\":\"IOS\"}}}")
                  .statusCode())
          .isEqualTo(409);
    }
  }

  @Test
  void deviceSlotsUsedStayUsedAfterARestart() {
    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withDataDir(dir))) {
      new TestApi(sb).createDevice("iPhone", TestApi.udid(1), "IOS");
    }
    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withDataDir(dir))) {
      assertThat(sb.account().deviceRegistrations().values()).containsExactly(1);
    }
  }

  @Test
  void aSeedIsUsedOnlyWhenTheAccountIsCreated() {
    SandboxOptions options =
        SandboxOptions.defaults().withDataDir(dir).withSeedFile(SeededSandboxTest.SEED);
    String id;
    try (Sandbox sb = Sandbox.start(options)) {
      TestApi api = new TestApi(sb);
      id =
          TestApi.json(api.get("/v1/profiles?filter[name]=Acme%20App%20Store"))
              .path("data")
              .path(0)
              .path("id")
              .asText();
      assertThat(api.delete("/v1/profiles/" + id).statusCode()).isEqualTo(204);
    }
    try (Sandbox sb = Sandbox.start(options)) {
      assertThat(sb.account().find("profiles", id)).isEmpty();
      assertThat(sb.account().team().name()).isEqualTo("Acme Test Inc.");
    }
  }
}
