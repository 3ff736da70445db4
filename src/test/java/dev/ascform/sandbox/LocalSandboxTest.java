package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSandboxTest {
  @TempDir Path work;

  @Test
  void seedsFromTheFileBesideTheConfigOnFirstUse() throws Exception {
    Path config = Files.createDirectories(work.resolve("config"));
    Files.copy(SeededSandboxTest.SEED, config.resolve(LocalSandbox.SEED_FILE));
    try (LocalSandbox local = LocalSandbox.open(config, work)) {
      assertThat(local.baseUrl()).startsWith("http://127.0.0.1:");
      assertThat(local.dataDir()).isEqualTo(work.resolve(".ascform").resolve("sandbox"));
      TestApi api = new TestApi(local.sandbox());
      assertThat(TestApi.json(api.get("/v1/apps")).path("data")).hasSize(2);
      api.createBundleId("com.acme.applied", "IOS");
    }
    assertThat(work.resolve(".ascform/.gitignore")).content().contains("*");
    try (LocalSandbox local = LocalSandbox.open(config.resolve("acme.yaml"), work)) {
      TestApi api = new TestApi(local.sandbox());
      assertThat(
              TestApi.json(api.get("/v1/bundleIds?filter[identifier]=com.acme.applied"))
                  .path("data"))
          .hasSize(1);
      assertThat(local.toString()).doesNotContain("PRIVATE");
    }
  }

  @Test
  void startsEmptyWithoutASeed() throws Exception {
    Path config = Files.createDirectories(work.resolve("bare"));
    try (LocalSandbox local = LocalSandbox.open(config, work)) {
      assertThat(local.seedFile()).isNull();
      assertThat(local.sandbox().account().team().vendorNumbers()).containsExactly("80000000");
    }
  }
}
