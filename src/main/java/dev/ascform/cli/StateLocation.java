package dev.ascform.cli;

import dev.ascform.state.FileBackend;
import dev.ascform.state.StateBackend;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which backend a {@code --state} value names: {@code postgresql://…} or {@code postgres://…} a
 * PostgreSQL database, {@code https://…} (or {@code http://} on loopback) a Terraform HTTP
 * backend, anything else a file path.
 */
final class StateLocation {
  /** The variable that names the state when {@code --state} is not given. */
  static final String ENV = "ASCFORM_STATE";

  private StateLocation() {}

  /** Whether a value names a shared backend rather than a file. */
  static boolean remote(String spec) {
    return spec.startsWith("postgresql://") || spec.startsWith("postgres://")
        || spec.startsWith("https://") || spec.startsWith("http://");
  }

  /**
   * Opens the backend a value names.
   *
   * @param account the account the state is for (a PostgreSQL row is per account and target)
   * @param apiIdentity the API the state is for ({@code StateTarget.apiIdentity()})
   */
  static StateBackend open(String spec, String account, String apiIdentity,
      Map<String, String> env) {
    if (remote(spec)) {
      throw new IllegalArgumentException("shared state backends are not built yet: "
          + masked(spec));
    }
    return new FileBackend(Path.of(spec));
  }

  /** A value safe to print: a URL's password masked. */
  static String masked(String spec) {
    return spec.replaceAll("^([a-z]+://)[^@/]*@", "$1***@");
  }
}
