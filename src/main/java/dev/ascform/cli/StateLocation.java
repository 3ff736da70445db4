package dev.ascform.cli;

import dev.ascform.state.FileBackend;
import dev.ascform.state.StateBackend;
import dev.ascform.state.http.HttpBackend;
import dev.ascform.state.http.HttpSettings;
import dev.ascform.state.pg.PgUrl;
import dev.ascform.state.pg.PostgresBackend;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which backend a {@code --state} value names: {@code postgresql://…} or {@code postgres://…} a
 * PostgreSQL database, {@code https://…} (or {@code http://} on loopback) a Terraform HTTP backend,
 * anything else a file path.
 */
final class StateLocation {
  /** The variable that names the state when {@code --state} is not given. */
  static final String ENV = "ASCFORM_STATE";

  private StateLocation() {}

  /** Whether a value names a shared backend rather than a file. */
  static boolean remote(String spec) {
    return PgUrl.matches(spec) || HttpSettings.matches(spec);
  }

  /**
   * Opens the backend a value names.
   *
   * @param account the account the state is for (a PostgreSQL row is per account and target)
   * @param apiIdentity the API the state is for ({@code StateTarget.apiIdentity()})
   */
  static StateBackend open(
      String spec, String account, String apiIdentity, Map<String, String> env) {
    if (PgUrl.matches(spec)) {
      return new PostgresBackend(PgUrl.parse(spec, env), account, apiIdentity);
    }
    if (HttpSettings.matches(spec)) {
      return new HttpBackend(HttpSettings.parse(spec, env));
    }
    return new FileBackend(Path.of(spec));
  }

  /** A value safe to print: a URL's password masked. */
  static String masked(String spec) {
    return PgUrl.matches(spec)
        ? PgUrl.maskRaw(spec)
        : HttpSettings.matches(spec) ? HttpSettings.maskRaw(spec) : spec;
  }
}
