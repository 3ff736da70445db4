package dev.ascform.cli;

import dev.ascform.sandbox.Sandbox;
import dev.ascform.sandbox.SandboxOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ascform sandbox}: the App Store Connect API sandbox. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = "Run the App Store Connect API sandbox (an in-memory simulator on loopback).",
    footer = {
      "",
      "Examples:",
      "  ./ascform sandbox serve --port 8787 --data .ascform/serve \\",
      "      --seed examples/acme/sandbox-seed.yaml",
      "  ./ascform sandbox reset      # start the --sandbox account over"
    },
    subcommands = {
      SandboxCommand.Serve.class,
      SandboxResetCommand.class,
      SandboxGenerateCommand.class
    })
public final class SandboxCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.OK;
  }

  /** {@code ascform sandbox serve}: serve in the foreground until interrupted. */
  @Command(
      name = "serve",
      mixinStandardHelpOptions = true,
      description = {
        "Serve the sandbox in the foreground until interrupted (Ctrl-C).",
        "Prints the URL and the environment variables a client needs."
      },
      footer = {
        "",
        "Examples:",
        "  ./ascform sandbox serve --port 8787 --data .ascform/serve \\",
        "      --seed examples/acme/sandbox-seed.yaml",
        "  ./ascform sandbox serve --latency-ms 50 --fault-rate 0.05  # slow, flaky Apple",
        "  ./ascform sandbox reset --data .ascform/serve   # start that account over"
      })
  static final class Serve implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--port",
        paramLabel = "PORT",
        description = "TCP port (default: 0, an ephemeral port).")
    int port;

    @Option(
        names = "--bind",
        paramLabel = "ADDR",
        description = "Interface to bind (default: 127.0.0.1).")
    String bind = "127.0.0.1";

    @Option(
        names = "--data",
        paramLabel = "DIR",
        description = "Keep the account in DIR/account.json and the team key in DIR/api-key.json.")
    Path data;

    @Option(
        names = "--seed",
        paramLabel = "FILE",
        description =
            "Seed YAML for a new account (see docs/SANDBOX.md); ignored when DIR already holds"
                + " one.")
    Path seed;

    @Option(
        names = "--latency-ms",
        paramLabel = "MS",
        description = "Latency added to every API response.")
    long latencyMs;

    @Option(
        names = "--fault-rate",
        paramLabel = "P",
        description = "Probability (0..1) of an injected fault per request.")
    double faultRate;

    @Option(
        names = "--fault-seed",
        paramLabel = "S",
        description = "Seed of the fault generator (default: 0).")
    long faultSeed;

    @Option(
        names = "--fault-retry-after",
        paramLabel = "SECONDS",
        description =
            "Retry-After of an injected 429 or 503 (default: 1; 0 for fast fault runs in CI).")
    long faultRetryAfter = 1;

    @Option(
        names = "--rate-limit",
        paramLabel = "N",
        description = "Requests per hour per API key (default: 3600).")
    int rateLimit = 3600;

    @Override
    public Integer call() throws InterruptedException, IOException {
      SandboxOptions options =
          SandboxOptions.defaults()
              .withPort(port)
              .withBindAddress(bind)
              .withDataDir(data)
              .withSeedFile(seed)
              .withLatencyMs(latencyMs)
              .withFaults(faultRate, faultSeed)
              .withFaultRetryAfter(faultRetryAfter)
              .withRateLimit(rateLimit);
      if (seed != null && data != null && Files.isRegularFile(data.resolve("account.json"))) {
        spec.commandLine()
            .getErr()
            .println(
                "seed ignored: the account exists (ascform sandbox"
                    + " reset --data "
                    + data
                    + " to start over)");
        spec.commandLine().getErr().flush();
      }
      CountDownLatch stopped = new CountDownLatch(1);
      try (Sandbox sandbox = Sandbox.start(options)) {
        Path keyFile = sandbox.privateKeyFile();
        Path tempDir = null;
        if (keyFile == null) {
          tempDir = Files.createTempDirectory("ascform-sandbox-");
          keyFile = tempDir.resolve("AuthKey_" + sandbox.teamKey().keyId() + ".p8");
          sandbox.writePrivateKey(keyFile);
        }
        Path cleanup = tempDir;
        Path written = keyFile;
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      deleteQuietly(cleanup == null ? null : written, cleanup);
                      stopped.countDown();
                    }));
        describe(sandbox, keyFile, spec.commandLine().getOut());
        stopped.await();
      }
      return ExitCodes.OK;
    }

    private static void deleteQuietly(Path... paths) {
      for (Path p : paths) {
        try {
          if (p != null) {
            Files.deleteIfExists(p);
          }
        } catch (IOException ignored) {
          // best effort at exit
        }
      }
    }

    private void describe(Sandbox sandbox, Path keyFile, PrintWriter out) {
      out.println("ascform sandbox serving " + sandbox.baseUrl() + " (no change reaches Apple)");
      out.println(
          data == null
              ? "data: in memory only; key file: "
                  + keyFile
                  + " (use --data DIR to keep the account)"
              : "data: " + data.toAbsolutePath());
      out.println("export ASC_API_URL=" + sandbox.baseUrl());
      out.println("export ASC_KEY_ID=" + sandbox.teamKey().keyId());
      out.println("export ASC_ISSUER_ID=" + sandbox.teamKey().issuerId());
      out.println("export ASC_PRIVATE_KEY_PATH=" + keyFile.toAbsolutePath());
      if (sandbox.apiKeyJsonFile() != null) {
        out.println(
            "# or fastlane's key JSON: --api-key-json "
                + sandbox.apiKeyJsonFile().toAbsolutePath());
      }
      out.println("admin: " + sandbox.baseUrl() + "/_sandbox/stats · press Ctrl-C to stop");
      out.flush();
    }
  }
}
