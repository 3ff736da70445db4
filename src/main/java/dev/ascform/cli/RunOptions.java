package dev.ascform.cli;

import dev.ascform.config.ConfigFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Where a command works: the config, the target (Apple, or the local sandbox), the state file and
 * how long to wait for its lock. Shared by plan, apply, import, state and force-unlock.
 */
public final class RunOptions {
  @Option(
      names = {"-c", "--config"},
      converter = ConfigPathConverter.class,
      paramLabel = "PATH",
      description =
          "Config file, or directory of *.yaml/*.yml files (default: ./ascform.yaml,"
              + " else ./ascform/).")
  Path config;

  @Option(
      names = "--sandbox",
      description = "Work against the local sandbox (started in-process; no change reaches Apple).")
  boolean sandbox;

  @Option(
      names = "--sandbox-home",
      paramLabel = "DIR",
      hidden = true,
      description = "Directory holding .ascform/ for the local sandbox (default: the current one).")
  Path sandboxHome;

  @Option(
      names = "--state",
      paramLabel = "FILE|URL",
      description =
          "Where the state is: a file (default: state/<account>.state.json; with"
              + " --sandbox .ascform/sandbox/<account>.state.json), or a shared backend:"
              + " postgresql://user@host/db, or https://… (Terraform's HTTP backend). Else"
              + " ASCFORM_STATE, else the config's settings.state.url_env.")
  String state;

  @Option(
      names = "--lock-timeout",
      paramLabel = "DURATION",
      defaultValue = "0s",
      description =
          "How long to wait for the state lock, e.g. 30s or 2m (default ${DEFAULT-VALUE}).")
  String lockTimeout;

  @Option(
      names = "--secrets-dir",
      paramLabel = "DIR",
      description =
          "Encrypted store of the private keys ascform creates (default: secrets/ beside"
              + " the state file).")
  Path secretsDir;

  @Mixin ApiOptions api;

  /** The config path given, or the default one. */
  public Path configPath() {
    return config != null ? config : ConfigFiles.defaultPath(Path.of(""));
  }

  /** The directory holding {@code .ascform/} for the sandbox. */
  public Path sandboxHome() {
    return (sandboxHome != null ? sandboxHome : Path.of("")).toAbsolutePath();
  }

  /**
   * Where the state of an account is: {@code --state}, else {@code ASCFORM_STATE}, else the
   * variable the config's {@code settings.state.url_env} names, else the default file.
   *
   * @throws IllegalArgumentException when the config names a variable that is not set
   */
  public String stateSpec(String account, String configUrlEnv, Map<String, String> env) {
    if (state != null && !state.isBlank()) {
      return state;
    }
    String fromEnv = env.get(StateLocation.ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv.trim();
    }
    if (configUrlEnv != null) {
      String v = env.get(configUrlEnv);
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException(
            "the config's settings.state.url_env names "
                + configUrlEnv
                + ", which is not set: set it to the state's URL (docs/STATE.md),"
                + " or pass --state");
      }
      return v.trim();
    }
    return statePath(account).toString();
  }

  /**
   * The state file for an account when the state is a file: {@code --state}, else the default for
   * the target. When the state lives in a shared backend, the default file's place (the secret
   * store's default sits beside it).
   */
  public Path statePath(String account) {
    if (state != null && !StateLocation.remote(state)) {
      return Path.of(state);
    }
    if (sandbox) {
      Path p =
          sandboxHome().resolve(".ascform").resolve("sandbox").resolve(account + ".state.json");
      return sandboxHome != null ? p : Path.of("").toAbsolutePath().relativize(p);
    }
    return Path.of("state", account + ".state.json");
  }

  /** {@code --lock-timeout} as a duration: {@code 90}, {@code 90s}, {@code 2m}, {@code 500ms}. */
  public Duration lockTimeout() {
    return parseDuration(lockTimeout);
  }

  static Duration parseDuration(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      if (t.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
      }
      if (t.endsWith("s")) {
        t = t.substring(0, t.length() - 1);
      }
      return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "--lock-timeout \"" + text + "\": expected a duration" + " such as 30s, 2m or 500ms");
    }
  }
}
