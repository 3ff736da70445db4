package dev.ascform.secrets;

import java.nio.file.Path;

/**
 * The secret store of this run, set once by the CLI before planning ({@link #use}). Kinds that
 * create keys (certificates) read it; without one, none can be created.
 */
public final class Custody {
  private static volatile SecretStore current = new SecretStore(Path.of("secrets"), null);

  private Custody() {}

  /** Sets the store of this run. */
  public static void use(SecretStore store) {
    current = store;
  }

  /** The store of this run. */
  public static SecretStore store() {
    return current;
  }
}
