package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad config (the invalid corpus plus hostile documents generated here: huge, deeply nested,
 * alias bombs, NUL bytes, random binary) run through {@code plan} and {@code apply --auto-approve}
 * against a live sandbox: refused with exit 1 and a {@code file:line:column} error, and the sandbox
 * sees no request at all. The bombs also load in a 64 MB JVM.
 */
class HostileConfigTest {
  static final Path CORPUS = Path.of("src/test/resources/invalid");
  static final Pattern POSITIONED = Pattern.compile("\\.ya?ml:\\d+:\\d+: ");

  @TempDir static Path tmp;
  static Sandbox sandbox;
  static Path key;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start(SandboxOptions.defaults());
    key = tmp.resolve("AuthKey.p8");
    sandbox.writePrivateKey(key);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  static Stream<Path> cases() throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      dirs.filter(Files::isDirectory).sorted().forEach(all::add);
    }
    all.addAll(Generated.all(tmp == null ? Files.createTempDirectory("hostile") : tmp));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void refusedWithAPositionAndNoRequest(Path dir) {
    long before = sandbox.stats().total();
    for (String command : List.of("plan", "apply")) {
      Workspace.Run r =
          assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ascform(dir, command));
      assertThat(r.code()).as("%s %s: %s", command, dir, r.all()).isEqualTo(1);
      assertThat(POSITIONED.matcher(r.err()).find())
          .as("%s %s: %s", command, dir, r.err())
          .isTrue();
      assertThat(r.err()).contains("nothing was changed");
    }
    assertThat(sandbox.stats().total() - before).as("requests sent for %s", dir).isZero();
  }

  @Test
  void bombsAreRefusedInASmallHeap() throws Exception {
    List<Path> bombs =
        new ArrayList<>(List.of(CORPUS.resolve("billion_laughs"), CORPUS.resolve("too_deep")));
    bombs.addAll(Generated.all(Files.createDirectories(tmp.resolve("small-heap"))));
    for (Path dir : bombs) {
      Process p =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Xmx64m",
                      "-cp",
                      System.getProperty("java.class.path"),
                      "dev.ascform.cli.Main",
                      "validate",
                      "-c",
                      dir.toString()))
              .redirectErrorStream(true)
              .start();
      byte[] out = p.getInputStream().readAllBytes();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      String text = new String(out, StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as("%s: %s", dir, text).isEqualTo(1);
      assertThat(text).doesNotContain("OutOfMemoryError").doesNotContain("StackOverflowError");
      assertThat(POSITIONED.matcher(text).find()).as("%s: %s", dir, text).isTrue();
    }
  }

  private static Workspace.Run ascform(Path dir, String command) {
    List<String> args = new ArrayList<>(List.of(command));
    if (command.equals("apply")) {
      args.add("--auto-approve");
    }
    args.addAll(
        List.of(
            "-c",
            dir.toString(),
            "--state",
            tmp.resolve("s.json").toString(),
            "--api-url",
            sandbox.baseUrl(),
            "--key-id",
            sandbox.teamKey().keyId(),
            "--issuer-id",
            sandbox.teamKey().issuerId(),
            "--private-key",
            key.toString()));
    return Workspace.run(args.toArray(String[]::new));
  }

  /** Hostile documents made at test time (too large to commit, or binary). */
  static final class Generated {
    private Generated() {}

    static List<Path> all(Path root) throws IOException {
      List<Path> out = new ArrayList<>();
      StringBuilder huge = new StringBuilder("devices:\n");
      for (int i = 0; huge.length() < 4 * 1024 * 1024; i++) {
        huge.append("  d")
            .append(i)
            .append(": {name: Device ")
            .append(i)
            .append(", udid: 00008030-000A0B0C0D0E")
            .append(String.format("%04X", i & 0xFFFF))
            .append(", platform: IOS}\n");
      }
      out.add(write(root, "gen_huge_document", huge.toString().getBytes(StandardCharsets.UTF_8)));
      out.add(
          write(
              root,
              "gen_deep_flow",
              ("devices: " + "[".repeat(5000) + "]".repeat(5000) + "\n")
                  .getBytes(StandardCharsets.UTF_8)));
      StringBuilder deepBlock = new StringBuilder();
      for (int i = 0; i < 300; i++) {
        deepBlock.append("  ".repeat(i)).append("k").append(i).append(":\n");
      }
      out.add(write(root, "gen_deep_block", deepBlock.toString().getBytes(StandardCharsets.UTF_8)));
      StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
      for (int i = 1; i < 30; i++) {
        bomb.append("a")
            .append(i)
            .append(": &a")
            .append(i)
            .append(" [")
            .append(("*a" + (i - 1) + ", ").repeat(9))
            .append("*a")
            .append(i - 1)
            .append("]\n");
      }
      out.add(write(root, "gen_alias_bomb", bomb.toString().getBytes(StandardCharsets.UTF_8)));
      out.add(
          write(
              root,
              "gen_nul_bytes",
              "account:\n  name: a\u0000b\n".getBytes(StandardCharsets.UTF_8)));
      byte[] noise = new byte[64 * 1024];
      new Random(11).nextBytes(noise);
      out.add(write(root, "gen_random_binary", noise));
      out.add(
          write(root, "gen_utf16", "account:\n  name: acme\n".getBytes(StandardCharsets.UTF_16)));
      return out;
    }

    private static Path write(Path root, String name, byte[] content) throws IOException {
      Path dir = Files.createDirectories(root.resolve(name));
      Files.write(dir.resolve("ascform.yaml"), content);
      return dir;
    }
  }
}
