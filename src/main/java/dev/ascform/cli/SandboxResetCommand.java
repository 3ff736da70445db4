package dev.ascform.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascform sandbox reset}: forgets a sandbox account, so the next run starts a new one (from
 * the seed beside the config, or empty). Removes only what ascform writes there: the account, its
 * team key, and (in {@code .ascform/sandbox/}) the state files and key store that belong to it.
 */
@Command(
    name = "reset",
    mixinStandardHelpOptions = true,
    description = {
      "Start the sandbox account over: remove the account, its team key, and the sandbox's state",
      "files and key store. The next --sandbox run seeds a new account from the",
      "sandbox-seed.yaml beside the config, or starts an empty one."
    },
    footer = {
      "",
      "Examples:",
      "  ./ascform sandbox reset                        # .ascform/sandbox/ (--sandbox)",
      "  ./ascform sandbox reset --data .ascform/serve  # sandbox serve --data"
    })
final class SandboxResetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "The sandbox data directory (default: .ascform/sandbox of the current directory,"
              + " where --sandbox keeps its account).")
  Path data;

  @Override
  public Integer call() {
    Path dir = data != null ? data : Path.of(".ascform", "sandbox");
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(dir.resolve("account.json"))
        && !Files.isRegularFile(dir.resolve("api-key.json"))) {
      out.println("no sandbox account in " + dir + "/: nothing to reset");
      return ExitCodes.OK;
    }
    List<String> removed = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (Files.isDirectory(f) && name.equals("secrets")) {
          deleteTree(f);
          removed.add(name + "/");
        } else if (Files.isRegularFile(f) && ours(name)) {
          Files.delete(f);
          removed.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot reset the sandbox in " + dir + ": " + e.getMessage(), e);
    }
    out.println(
        "sandbox account in "
            + dir
            + "/ removed ("
            + String.join(", ", removed)
            + ");"
            + " the next run starts a new one");
    return ExitCodes.OK;
  }

  private static boolean ours(String name) {
    return name.equals("account.json")
        || name.equals("api-key.json")
        || name.equals("account-seed.txt")
        || name.matches("AuthKey_[A-Za-z0-9]+\\.p8")
        || name.endsWith(".state.json")
        || name.endsWith(".state.json.backup");
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
