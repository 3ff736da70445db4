package dev.ascform.cli;

import dev.ascform.secrets.Passphrase;
import dev.ascform.secrets.SecretStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The secret store of a run: {@code --secrets-dir}, else {@code ASCFORM_SECRETS_DIR}, else {@code
 * secrets/} beside the state file (with {@code --sandbox}: {@code .ascform/sandbox/secrets/}),
 * protected by {@code ASCFORM_SECRETS_PASSPHRASE}. Against the sandbox only, an unset passphrase
 * falls back to a fixed sandbox one, and says so.
 */
final class SecretsSetup {
  /** The passphrase used with {@code --sandbox} when none is set. Never used against Apple. */
  static final String SANDBOX_DEFAULT = "ascform-sandbox-only";

  private SecretsSetup() {}

  static SecretStore store(
      Path statePath, Path secretsDir, boolean sandbox, Map<String, String> env, PrintWriter err) {
    Path parent = statePath.toAbsolutePath().getParent();
    Path dir =
        secretsDir != null
            ? secretsDir
            : env.containsKey("ASCFORM_SECRETS_DIR")
                ? Path.of(env.get("ASCFORM_SECRETS_DIR"))
                : parent.resolve("secrets");
    String value = env.get(Passphrase.ENV);
    if ((value == null || value.isEmpty()) && sandbox) {
      err.println(
          "note: "
              + Passphrase.ENV
              + " is not set; --sandbox keys in "
              + dir
              + " use the sandbox-only default passphrase (against Apple it is required)");
      value = SANDBOX_DEFAULT;
    }
    return new SecretStore(dir, value == null || value.isEmpty() ? null : new Passphrase(value));
  }
}
