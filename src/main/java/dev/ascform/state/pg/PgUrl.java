package dev.ascform.state.pg;

import dev.ascform.state.StateException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code postgresql://user:password@host:port/database?options} URL (or {@code postgres://}), as
 * libpq reads it, with the password taken from the URL, else {@code PGPASSWORD}, else the password
 * file ({@code PGPASSFILE}, else {@code ~/.pgpass}). The password never leaves this object except
 * into the driver's connection properties: {@link #toString()} and {@link #masked()} show {@code
 * ***} in its place, and {@link #scrub} removes it from any text.
 *
 * <p>ascform's own options, removed before the rest go to the driver: {@code schema} (default
 * {@code ascform}) and {@code skip_schema_creation=true} (for a database where the schema and
 * tables were created by an administrator).
 */
public final class PgUrl {
  private static final Pattern URL =
      Pattern.compile(
          "^(?:postgresql|postgres)://(?:([^:@/]*)(?::([^@/]*))?@)?([^/:?]*|\\[[^\\]]*\\])(?::(\\d+))?"
              + "(?:/([^?]*))?(?:\\?(.*))?$");
  private static final Pattern SCHEMA = Pattern.compile("^[a-z_][a-z0-9_]{0,62}$");

  private final String user;
  private final String password;
  private final String host;
  private final int port;
  private final String database;
  private final String schema;
  private final boolean createSchema;
  private final Map<String, String> driverOptions;

  private PgUrl(
      String user,
      String password,
      String host,
      int port,
      String database,
      String schema,
      boolean createSchema,
      Map<String, String> driverOptions) {
    this.user = user;
    this.password = password;
    this.host = host;
    this.port = port;
    this.database = database;
    this.schema = schema;
    this.createSchema = createSchema;
    this.driverOptions = driverOptions;
  }

  /** Whether a {@code --state} value names a PostgreSQL database. */
  public static boolean matches(String spec) {
    return spec.startsWith("postgresql://") || spec.startsWith("postgres://");
  }

  /**
   * Parses a URL; the environment gives {@code PGPASSWORD}, {@code PGPASSFILE}, {@code PGUSER} and
   * {@code HOME}.
   *
   * @throws StateException (with the password masked) when the URL is not one
   */
  public static PgUrl parse(String spec, Map<String, String> env) {
    Matcher m = URL.matcher(spec.trim());
    if (!m.matches()) {
      throw new StateException(
          "the state URL "
              + maskRaw(spec)
              + " is not a PostgreSQL URL"
              + " (expected postgresql://user[:password]@host[:port]/database)");
    }
    String user = decode(m.group(1));
    String password = decode(m.group(2));
    String host = m.group(3).isEmpty() ? "localhost" : m.group(3);
    int port = m.group(4) == null ? 5432 : Integer.parseInt(m.group(4));
    String database = decode(m.group(5));
    if (user == null || user.isEmpty()) {
      user = env.getOrDefault("PGUSER", System.getProperty("user.name"));
    }
    if (database == null || database.isEmpty()) {
      database = user;
    }
    Map<String, String> options = new LinkedHashMap<>();
    String schema = "ascform";
    boolean create = true;
    if (m.group(6) != null && !m.group(6).isEmpty()) {
      for (String pair : m.group(6).split("&")) {
        int eq = pair.indexOf('=');
        String k = decode(eq < 0 ? pair : pair.substring(0, eq));
        String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
        switch (k) {
          case "schema" -> schema = v;
          case "skip_schema_creation" -> create = !"true".equalsIgnoreCase(v);
          case "password", "user" ->
              throw new StateException(
                  "the state URL "
                      + maskRaw(spec)
                      + ": put the user and password before the host, not in ?"
                      + k
                      + "=");
          default -> options.put(k, v);
        }
      }
    }
    if (!SCHEMA.matcher(schema).matches()) {
      throw new StateException(
          "the state URL "
              + maskRaw(spec)
              + ": schema \""
              + schema
              + "\" must be lower-case letters, digits and underscores");
    }
    if (password == null || password.isEmpty()) {
      password = env.get("PGPASSWORD");
    }
    if (password == null || password.isEmpty()) {
      password = fromPassFile(passFile(env), host, port, database, user);
    }
    return new PgUrl(user, password, host, port, database, schema, create, options);
  }

  /** The JDBC URL: host, port, database and the driver's options; never the password. */
  String jdbcUrl() {
    StringBuilder b =
        new StringBuilder("jdbc:postgresql://")
            .append(host)
            .append(':')
            .append(port)
            .append('/')
            .append(database);
    char sep = '?';
    for (Map.Entry<String, String> e : driverOptions.entrySet()) {
      b.append(sep).append(e.getKey()).append('=').append(e.getValue());
      sep = '&';
    }
    return b.toString();
  }

  /** The connection properties: user, password, and a name the server shows for the session. */
  Properties properties() {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("ApplicationName", "ascform");
    p.setProperty("connectTimeout", "10");
    p.setProperty("socketTimeout", "120");
    p.setProperty("tcpKeepAlive", "true");
    return p;
  }

  /** A new connection, straight from the driver (no pool, no DriverManager). */
  java.sql.Connection connect() throws java.sql.SQLException {
    java.sql.Connection c = new org.postgresql.Driver().connect(jdbcUrl(), properties());
    if (c == null) {
      throw new java.sql.SQLException("the driver does not accept " + masked());
    }
    return c;
  }

  /** The schema holding ascform's tables. */
  String schema() {
    return schema;
  }

  /** Whether the schema and tables are created on first use. */
  boolean createSchema() {
    return createSchema;
  }

  /** {@code postgresql://user@host:port/database}: no password, nor the options. */
  public String masked() {
    return "postgresql://"
        + user
        + (password == null ? "" : ":***")
        + "@"
        + host
        + ":"
        + port
        + "/"
        + database
        + (schema.equals("ascform") ? "" : "?schema=" + schema);
  }

  /** {@code text} with every occurrence of the password replaced by {@code ***}. */
  String scrub(String text) {
    if (text == null || password == null || password.isEmpty()) {
      return text;
    }
    return text.replace(password, "***");
  }

  @Override
  public String toString() {
    return masked();
  }

  /** A raw URL with whatever stands between {@code user:} and {@code @} masked. */
  public static String maskRaw(String spec) {
    return spec.replaceAll("^([a-z]+://[^:@/]*:)[^@/]*@", "$1***@");
  }

  private static String decode(String s) {
    return s == null ? null : URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static Path passFile(Map<String, String> env) {
    String explicit = env.get("PGPASSFILE");
    if (explicit != null && !explicit.isEmpty()) {
      return Path.of(explicit);
    }
    String home = env.getOrDefault("HOME", System.getProperty("user.home"));
    return Path.of(home, ".pgpass");
  }

  /**
   * The password for this connection in a libpq password file: lines of {@code
   * host:port:database:user:password}, {@code *} matching anything, {@code \:} and {@code \\}
   * escaped, the first match winning.
   */
  static String fromPassFile(Path file, String host, int port, String database, String user) {
    List<String> lines;
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
    String[] want = {host, Integer.toString(port), database, user};
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> fields = splitEscaped(line);
      if (fields.size() < 5) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < 4 && match; i++) {
        String f = fields.get(i);
        match = f.equals("*") || f.equals(want[i]);
      }
      if (match) {
        return fields.get(4);
      }
    }
    return null;
  }

  private static List<String> splitEscaped(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        cur.append(line.charAt(++i));
      } else if (c == ':' && out.size() < 4) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
