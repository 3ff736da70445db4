package dev.ascform.sandbox.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.config.ConfigLoader;
import dev.ascform.config.LoadedConfig;
import dev.ascform.generate.GeneratedConfig;
import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import dev.ascform.sandbox.TestApi;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated config validates and the generated seed loads and pages in the sandbox. */
class GeneratedAccountTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @EnumSource(Scale.class)
  void theConfigValidatesWithoutWarnings(Scale scale) throws Exception {
    AccountGenerator.Result r = AccountGenerator.generate(scale, 11, tmp, GeneratedConfig::write);
    long start = System.nanoTime();
    LoadedConfig loaded = new ConfigLoader(Map.of()).load(tmp);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("validate %s: %d ms in-process%n", scale, millis);
    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.state().devices()).hasSize(r.counts().count("devices") + 1);
    assertThat(loaded.state().profiles()).hasSize(scale.profiles);
    assertThat(loaded.state().users()).hasSize(scale.users + scale.invitations);
    assertThat(loaded.state().betaGroups()).hasSize(scale.betaGroups());
  }

  @Test
  void theSeedLoadsWholeAndPagesBy200() throws Exception {
    AccountGenerator.Result r =
        AccountGenerator.generate(Scale.MEDIUM, 11, tmp, GeneratedConfig::write);
    long start = System.nanoTime();
    try (Sandbox sb =
        Sandbox.start(
            SandboxOptions.defaults().withSeedFile(tmp.resolve(AccountGenerator.SEED_FILE)))) {
      System.out.printf("seed MEDIUM loaded in %d ms%n", (System.nanoTime() - start) / 1_000_000);
      synchronized (sb.account()) {
        r.counts()
            .collections()
            .forEach((type, n) -> assertThat(sb.account().all(type)).as(type).hasSize(n));
        assertThat(sb.account().all("bundleIdCapabilities")).hasSize(r.counts().capabilities());
      }
      TestApi api = new TestApi(sb);
      for (String type : new String[] {"betaTesters", "profiles", "devices"}) {
        int seen = 0;
        int pages = 0;
        String next = "/v1/" + type + "?limit=200";
        while (next != null) {
          HttpResponse<String> page = api.get(next);
          assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
          JsonNode doc = TestApi.JSON.readTree(page.body());
          seen += doc.path("data").size();
          pages++;
          next =
              doc.path("links").hasNonNull("next") ? doc.path("links").path("next").asText() : null;
        }
        assertThat(seen).as(type).isEqualTo(r.counts().count(type));
        assertThat(pages).as(type).isEqualTo(r.counts().pages(type));
      }
    }
  }
}
