package dev.ascform.cli;

import dev.ascform.config.ConfigLoader;
import dev.ascform.diag.ConfigException;
import dev.ascform.model.DesiredState;
import dev.ascform.state.FileBackend;
import dev.ascform.state.StateBackend;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateTarget;
import java.util.Map;

/**
 * The state of a run for commands that work on the state alone (state, force-unlock): a file given
 * with {@code --state} needs nothing else; otherwise the config gives the account (and {@code
 * settings.state.url_env}), and {@code --sandbox} or the API URL which target's row of a shared
 * backend is meant. These commands never talk to an account.
 */
final class StateFiles {
  private StateFiles() {}

  /** The backend of a run's state. */
  static StateBackend open(RunOptions run, Map<String, String> env) throws ConfigException {
    if (run.state != null && !StateLocation.remote(run.state)) {
      return new FileBackend(java.nio.file.Path.of(run.state));
    }
    DesiredState desired = new ConfigLoader(env).load(run.configPath()).state();
    String account = desired.account().name();
    String spec = run.stateSpec(account, desired.settings().stateUrlEnv(), env);
    return StateLocation.open(spec, account, apiIdentity(run, env), env);
  }

  /** The API a run targets, as a shared backend keys its rows: the sandbox, or the API URL. */
  static String apiIdentity(RunOptions run, Map<String, String> env) {
    String url = run.sandbox ? "http://127.0.0.1" : run.api.baseUrl(env).toString();
    return new StateTarget(url, null, null).apiIdentity();
  }

  /** The stored state, which must exist. */
  static StateFile existing(StateBackend backend) {
    return backend
        .read()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no state at "
                        + backend.location()
                        + ": nothing is managed yet (apply first, or pass --state)"));
  }
}
