package dev.ascform.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.config.ConfigLoader;
import dev.ascform.diag.ConfigException;
import dev.ascform.state.StateStore;
import dev.ascform.state.StateTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The state file of a run for commands that work on the file alone (state, force-unlock): its
 * path from {@code --state} or the config's account name, and a store bound to the file's own
 * target (these commands edit the file; they never talk to an account).
 */
final class StateFiles {
  private StateFiles() {}

  /** The state path: {@code --state}, else the default for the config's account. */
  static Path path(RunOptions run) throws ConfigException {
    if (run.state != null) {
      return run.state;
    }
    String account = new ConfigLoader(System.getenv()).load(run.configPath()).state().account()
        .name();
    return run.statePath(account);
  }

  /** A store for an existing state file, bound to the target recorded in it. */
  static StateStore existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("no state at " + file + ": nothing is managed yet"
          + " (apply first, or pass --state FILE)");
    }
    try {
      JsonNode t = new ObjectMapper().readTree(file.toFile()).path("target");
      return new StateStore(file, new StateTarget(t.path("api_url").asText(),
          t.path("issuer_id").isNull() ? null : t.path("issuer_id").asText(null),
          t.path("account").asText(null)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the state " + file + ": " + e.getMessage(), e);
    }
  }
}
