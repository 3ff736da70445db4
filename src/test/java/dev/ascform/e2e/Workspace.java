package dev.ascform.e2e;

import dev.ascform.api.AscClient;
import dev.ascform.api.testing.TeamClients;
import dev.ascform.cli.Main;
import dev.ascform.sandbox.LocalSandbox;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * A copy of examples/acme (config and sandbox seed) in a temporary directory, with the local
 * sandbox's data beside it, and a way to run ascform commands in-process against it.
 */
final class Workspace {
  record Run(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  final Path home;
  final Path config;

  Workspace(Path tmp) {
    this.home = tmp;
    this.config = tmp.resolve("acme");
    try {
      Files.createDirectories(config);
      try (Stream<Path> files = Files.list(Path.of("examples/acme"))) {
        for (Path f : files.toList()) {
          Files.copy(f, config.resolve(f.getFileName()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The state file the sandbox runs use. */
  Path state() {
    return home.resolve(".ascform/sandbox/acme.state.json");
  }

  /** Runs {@code ascform ARGS -c acme --sandbox --sandbox-home HOME}. */
  Run sandbox(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("-c", config.toString(), "--sandbox", "--sandbox-home", home.toString()));
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

  /** Opens the persisted sandbox account (not while a command runs) and works on it. */
  void withSandbox(Consumer<LocalSandbox> work) {
    try (LocalSandbox local = LocalSandbox.open(config, home)) {
      work.accept(local);
    }
  }

  /** A client with the sandbox's team key, as someone editing the account outside ascform. */
  static AscClient clientFor(LocalSandbox local) {
    var key = local.teamKey();
    return TeamClients.of(local.baseUrl(), key);
  }
}
