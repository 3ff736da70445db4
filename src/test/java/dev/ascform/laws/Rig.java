package dev.ascform.laws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.cli.Main;
import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * One generated case on disk and in a sandbox: the config in {@code DIR/config/ascform.yaml}, the
 * account from {@code DIR/seed.yaml} in an in-memory sandbox on loopback, the state in {@code
 * DIR/state.json}, and ascform's command line run in-process against it as a user runs it ({@code
 * -c}, {@code --state}, {@code --api-url} and the team key). Writes are counted at the sandbox.
 * Closing stops the sandbox and deletes DIR.
 */
final class Rig implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  record Run(int code, String out, String err) {
    String all() {
      return "exit " + code + "\n" + out + err;
    }
  }

  final Path dir;
  final Path config;
  final Path state;
  final Sandbox sb;
  private final Path key;

  Rig(World w) {
    this(w, SandboxOptions.defaults());
  }

  Rig(World w, SandboxOptions options) {
    this(w.configYaml(), w.seedYaml(), options);
  }

  Rig(String configYaml, String seedYaml, SandboxOptions options) {
    try {
      dir = Files.createTempDirectory("ascform-law");
      config = dir.resolve("config");
      Files.createDirectories(config);
      Files.writeString(config.resolve("ascform.yaml"), configYaml, StandardCharsets.UTF_8);
      Path seed = dir.resolve("seed.yaml");
      Files.writeString(seed, seedYaml, StandardCharsets.UTF_8);
      state = dir.resolve("state.json");
      sb = Sandbox.start(options.withSeedFile(seed));
      key = dir.resolve("AuthKey.p8");
      sb.writePrivateKey(key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code ascform ARGS -c CONFIG --state STATE} against the sandbox with the team key. */
  Run cli(String... args) {
    return cliOn(config, state, args);
  }

  /** Runs the command once (a failed read is the client's to retry, not the rig's). */
  Run cliOn(Path configPath, Path statePath, String... args) {
    return once(configPath, statePath, args);
  }

  private Run once(Path configPath, Path statePath, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "-c",
            configPath.toString(),
            "--state",
            statePath.toString(),
            "--api-url",
            sb.baseUrl(),
            "--key-id",
            sb.teamKey().keyId(),
            "--issuer-id",
            sb.teamKey().issuerId(),
            "--private-key",
            key.toString()));
    return run(all.toArray(String[]::new));
  }

  static Run run(String... args) {
    CommandLine cli = Main.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Writes the sandbox has answered so far (POST, PATCH, DELETE on /v1, refused ones too). */
  long writes() {
    return sb.stats().perOperation().entrySet().stream()
        .filter(e -> !e.getKey().startsWith("GET "))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** The writes by operation, for messages. */
  Map<String, Long> writesByOperation() {
    return new java.util.TreeMap<>(
        Map.copyOf(
            sb.stats().perOperation().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("GET "))
                .collect(
                    java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
  }

  /** A JSON plan without its {@code stats}, as text. */
  static String withoutStats(String json) {
    try {
      ObjectNode n = (ObjectNode) JSON.readTree(json);
      n.remove("stats");
      return JSON.writeValueAsString(n);
    } catch (IOException e) {
      throw new UncheckedIOException("not a JSON plan: " + json, e);
    }
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }

  @Override
  public void close() {
    sb.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp dir left behind is harmless
    }
  }
}
