package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub workflow's ascform steps, run as written in the repository layout the CI README
 * describes: the launcher {@code ./ascform} and the config directory ({@code ASCFORM_CONFIG}) side
 * by side at the root, against a sandbox standing in for Apple.
 */
class CiLayoutTest {
  static final Path GITHUB = Path.of("examples/ci/github/ascform.yml");
  static final Path GITLAB = Path.of("examples/ci/gitlab/.gitlab-ci.yml");
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir Path tmp;

  static String step(JsonNode workflow, String job, String name) {
    for (JsonNode s : workflow.at("/jobs/" + job + "/steps")) {
      if (name.equals(s.path("name").asText())) {
        return s.path("run").asText();
      }
    }
    throw new AssertionError("no step '" + name + "' in job " + job);
  }

  @Test
  void theConfigDirectoryAndTheLauncherDoNotShareAName() throws Exception {
    String github = YAML.readTree(GITHUB.toFile()).at("/env/ASCFORM_CONFIG").asText();
    String gitlab = YAML.readTree(GITLAB.toFile()).at("/variables/ASCFORM_CONFIG").asText();
    assertThat(github).isEqualTo(gitlab).isNotEqualTo("ascform").isNotBlank();
    String readme = Files.readString(Path.of("examples/ci/README.md"));
    assertThat(readme).contains(github + "/ ").contains("ascform ");
  }

  @Test
  void theWorkflowsAscformStepsWorkInThatLayout() throws Exception {
    String bash =
        Stream.of(System.getenv("PATH").split(File.pathSeparator))
            .map(d -> Path.of(d, "bash"))
            .filter(Files::isExecutable)
            .findFirst()
            .map(Path::toString)
            .orElse(null);
    assumeTrue(bash != null, "bash is not on PATH");
    JsonNode workflow = YAML.readTree(GITHUB.toFile());
    String configDir = workflow.at("/env/ASCFORM_CONFIG").asText();

    Path root = Files.createDirectories(tmp.resolve("repo"));
    Path launcher = root.resolve("ascform");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Files.writeString(
        launcher,
        "#!/usr/bin/env bash\n# stands in for the launcher (same name, same"
            + " place): runs ascform from the test classpath\nexec '"
            + java
            + "' -Xshare:auto"
            + " -XX:TieredStopAtLevel=1 -cp '"
            + System.getProperty("java.class.path")
            + "' dev.ascform.cli.Main \"$@\"\n");
    assertThat(launcher.toFile().setExecutable(true)).isTrue();
    Path config = Files.createDirectories(root.resolve(configDir));
    try (Stream<Path> files = Files.list(Path.of("examples/acme"))) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().equals("sandbox-seed.yaml")) {
          Files.copy(f, config.resolve(f.getFileName()));
        }
      }
    }

    try (Sandbox sandbox =
        Sandbox.start(
            SandboxOptions.defaults().withSeedFile(Path.of("examples/acme/sandbox-seed.yaml")))) {
      Path output = tmp.resolve("github_output");
      Map<String, String> env =
          Map.of(
              "ASCFORM_CONFIG", configDir,
              "ASC_API_URL", sandbox.baseUrl(),
              "ASC_KEY_ID", sandbox.teamKey().keyId(),
              "ASC_ISSUER_ID", sandbox.teamKey().issuerId(),
              "ASC_PRIVATE_KEY", sandbox.teamKey().privateKeyPem(),
              "ASCFORM_SECRETS_PASSPHRASE", "ci layout test passphrase",
              "NO_COLOR", "1",
              "GITHUB_OUTPUT", output.toString(),
              "GITHUB_STEP_SUMMARY", tmp.resolve("summary.md").toString());

      run(bash, root, env, step(workflow, "plan", "Plan"));
      assertThat(Files.readString(output)).contains("status=0");
      assertThat(Files.readString(root.resolve("plan.md"))).contains("to create");

      run(bash, root, env, step(workflow, "apply", "Plan"));
      run(bash, root, env, step(workflow, "apply", "Apply the saved plan"));
      assertThat(root.resolve("state/acme.state.json")).isRegularFile();

      Files.writeString(output, "");
      run(bash, root, env, step(workflow, "drift", "Drift audit"));
      assertThat(Files.readString(output))
          .as(Files.readString(root.resolve("drift.json")))
          .contains("status=0");
    }
  }

  private static void run(String bash, Path root, Map<String, String> env, String script)
      throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(bash, "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
            .directory(root.toFile())
            .redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue())
        .as("%s\n%s", script, new String(out, StandardCharsets.UTF_8))
        .isZero();
  }
}
