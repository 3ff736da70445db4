package dev.ascform.e2e;

import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * examples/acme (certificates adopted, so a re-run never needs a key it lost) against a sandbox
 * server with some latency, and ascform's command lines for a state kept in a shared backend:
 * in-process, or in a JVM of its own that a test can SIGKILL.
 */
final class SharedStateRig implements AutoCloseable {
  final Path tmp;
  final Workspace ws;
  final Sandbox sb;
  final Path key;
  final String state;

  SharedStateRig(Path tmp, String state, long latencyMs) {
    this.tmp = tmp;
    this.state = state;
    this.ws = new Workspace(tmp);
    Edits.replace(
        ws.config.resolve("signing.yaml"),
        "type: DEVELOPMENT\n    manage: create",
        "type: DEVELOPMENT\n    manage: adopt");
    this.sb =
        Sandbox.start(
            SandboxOptions.defaults()
                .withLatencyMs(latencyMs)
                .withSeedFile(ws.config.resolve("sandbox-seed.yaml")));
    this.key = tmp.resolve("AuthKey.p8");
    sb.writePrivateKey(key);
  }

  /** {@code ascform COMMAND ARGS} against the sandbox with the shared state. */
  List<String> args(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of(more));
    args.addAll(
        List.of(
            "-c",
            ws.config.toString(),
            "--state",
            state,
            "--api-url",
            sb.baseUrl(),
            "--key-id",
            sb.teamKey().keyId(),
            "--issuer-id",
            sb.teamKey().issuerId(),
            "--private-key",
            key.toString(),
            "--secrets-dir",
            tmp.resolve("secrets").toString()));
    return args;
  }

  Workspace.Run run(String command, String... more) {
    return Workspace.run(args(command, more).toArray(String[]::new));
  }

  /** Starts {@code ascform ARGS} in a new JVM, its output to {@code log}. */
  Process launch(List<String> args, Path log) throws IOException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.ascform.cli.Main"));
    cmd.addAll(args);
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Kills a process with SIGKILL and waits for it to be gone. */
  static void sigkill(Process p) throws InterruptedException {
    p.destroyForcibly();
    p.waitFor(30, TimeUnit.SECONDS);
  }

  /** Every state-like file under the temporary directory (there should be none). */
  List<Path> localStateFiles() throws IOException {
    try (Stream<Path> files = Files.walk(tmp)) {
      return files
          .filter(
              f ->
                  f.getFileName().toString().contains("state")
                      || f.getFileName().toString().endsWith(".lock"))
          .toList();
    }
  }

  @Override
  public void close() {
    sb.close();
  }
}
