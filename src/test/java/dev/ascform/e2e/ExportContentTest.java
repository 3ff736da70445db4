package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ascform.config.ConfigLoader;
import dev.ascform.config.LoadedConfig;
import dev.ascform.generate.GeneratedConfig;
import dev.ascform.sandbox.generate.AccountGenerator;
import dev.ascform.sandbox.generate.Scale;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** What export writes: valid, loadable, deterministic, and faithful to the account (issue #8). */
class ExportContentTest {
  @TempDir Path tmp;

  private static Workspace.Run export(Path config, Path home, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "export",
                "-o",
                out.toString(),
                "-c",
                config.toString(),
                "--sandbox",
                "--sandbox-home",
                home.toString(),
                "--account",
                "copy"));
    args.addAll(List.of(more));
    Workspace.Run r = Workspace.run(args.toArray(String[]::new));
    assertThat(r.code()).as(r.all()).isZero();
    return r;
  }

  private static Map<String, String> files(Path dir) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path f : s.toList()) {
        out.put(f.getFileName().toString(), Files.readString(f));
      }
    }
    return out;
  }

  @Test
  void exportingTwiceGivesIdenticalBytes() throws Exception {
    Workspace ws = new Workspace(tmp);
    export(ws.config, ws.home, tmp.resolve("one"));
    export(ws.config, ws.home, tmp.resolve("two"));
    assertThat(files(tmp.resolve("one")))
        .containsOnlyKeys(
            "account.yaml",
            "apps.yaml",
            "beta_groups.yaml",
            "bundle_ids.yaml",
            "certificates.yaml",
            "devices.yaml",
            "profiles.yaml",
            "users.yaml",
            "ascform.schema.json")
        .isEqualTo(files(tmp.resolve("two")));
  }

  @Test
  void exportedFilesValidateAgainstTheSchemaAndLoadWithoutErrors() throws Exception {
    Workspace ws = new Workspace(tmp);
    Path out = tmp.resolve("out");
    export(ws.config, ws.home, out);
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                new ObjectMapper().readTree(Path.of("schemas/ascform.schema.json").toFile()));
    for (Map.Entry<String, String> f : files(out).entrySet()) {
      if (f.getKey().endsWith(".yaml")) {
        assertThat(f.getValue())
            .as(f.getKey())
            .startsWith("# yaml-language-server: $schema=ascform.schema.json\n");
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(f.getValue());
        assertThat(schema.validate(doc)).as(f.getKey()).isEmpty();
      }
    }
    LoadedConfig loaded = new ConfigLoader(Map.of()).load(out);
    assertThat(loaded.state().account().name()).isEqualTo("copy");
    assertThat(loaded.state().devices())
        .containsKeys("alice_s_iphone_15_pro", "carol_s_iphone_13_mini");
    assertThat(loaded.state().bundleIds()).containsKeys("notes", "notes_widget");
  }

  @Test
  void disabledDevicesPendingInvitationsAndExpiredCertificatesComeOutAsTheyAre() throws Exception {
    Workspace ws = new Workspace(tmp);
    ws.withSandbox(
        local -> {
          try {
            HttpResponse<String> r =
                HttpClient.newHttpClient()
                    .send(
                        HttpRequest.newBuilder(
                                URI.create(
                                    local.baseUrl() + "/_sandbox/certificates/CERTDIST01/expire"))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isLessThan(300);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    Path out = tmp.resolve("out");
    export(ws.config, ws.home, out, "--adopt");
    Map<String, String> f = files(out);
    assertThat(f.get("devices.yaml"))
        .contains(
            "  carol_s_iphone_13_mini:\n" + "    name: \"Carol's iPhone 13 mini\"\n",
            "    status: DISABLED\n");
    assertThat(f.get("users.yaml")).contains("  # invitation pending\n  erin_smith:\n");
    assertThat(f.get("certificates.yaml"))
        .containsPattern("  # expired \\d{4}-\\d\\d-\\d\\d: [^\\n]*\\n  apple_distribution:\\n");
    Workspace.Run plan =
        Workspace.run(
            "plan",
            "-c",
            out.toString(),
            "--sandbox",
            "--sandbox-home",
            ws.home.toString(),
            "--detailed-exitcode",
            "--no-color");
    assertThat(plan.code()).as(plan.all()).isZero();
  }

  @Test
  void aGeneratedSmallAccountRoundTrips() throws Exception {
    roundTrip(Scale.SMALL);
  }

  /** {@code mvn -B -Dtest=ExportContentTest -Dascform.export.scale=large test}: slow, opt-in. */
  @Test
  @EnabledIfSystemProperty(named = "ascform.export.scale", matches = "medium|large")
  void aGeneratedLargerAccountRoundTrips() throws Exception {
    roundTrip(Scale.valueOf(System.getProperty("ascform.export.scale").toUpperCase(Locale.ROOT)));
  }

  private void roundTrip(Scale scale) throws Exception {
    Path gen = tmp.resolve("gen");
    AccountGenerator.generate(scale, 1, gen, GeneratedConfig::write);
    Path out = tmp.resolve("out");
    Workspace.Run export = export(gen, tmp, out, "--adopt");
    assertThat(export.out()).containsPattern("Adopted [1-9][0-9]{2,} resource");
    assertThat(files(out).get("devices.yaml")).contains("udid:");
    Workspace.Run plan =
        Workspace.run(
            "plan",
            "-c",
            out.toString(),
            "--sandbox",
            "--sandbox-home",
            tmp.toString(),
            "--detailed-exitcode",
            "--no-color");
    assertThat(plan.code()).as(plan.all()).isZero();
  }
}
