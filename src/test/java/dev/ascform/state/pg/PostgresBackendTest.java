package dev.ascform.state.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.plan.Address;
import dev.ascform.state.LockInfo;
import dev.ascform.state.StateBackend;
import dev.ascform.state.StateException;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateLockedException;
import dev.ascform.state.StateResource;
import dev.ascform.state.StateTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL backend against a real server ({@link TestPostgres}): tables made on first use,
 * one row per account and target, saves as a compare-and-swap, the advisory lock with its holder's
 * row, force-unlock, and the password kept out of every message.
 */
class PostgresBackendTest {
  private static final StateTarget TARGET = new StateTarget("http://127.0.0.1:1", "issuer", "acme");

  @TempDir Path tmp;

  private static PostgresBackend backend(String db) {
    return backend(TestPostgres.url(db), "acme", Map.of());
  }

  private static PostgresBackend backend(String url, String account, Map<String, String> env) {
    return new PostgresBackend(PgUrl.parse(url, env), account, TARGET.apiIdentity());
  }

  private static StateFile withDevice(StateFile s, String name) {
    return s.withResource(
        StateResource.applied(
            Address.parse("device." + name),
            "ID-" + name,
            "UDID-" + name,
            Map.of("name", name),
            false));
  }

  @Test
  void tablesAreMadeOnFirstUseAndTheStateReadsBack() {
    String db = TestPostgres.newDatabase();
    try (PostgresBackend a = backend(db);
        PostgresBackend b = backend(db)) {
      assertThat(a.read()).isEmpty();
      StateFile saved = a.save(withDevice(a.load(TARGET), "one"));
      assertThat(saved.serial()).isEqualTo(1);
      assertThat(b.read()).get().isEqualTo(saved);
      assertThat(a.save(saved)).as("unchanged: nothing written").isEqualTo(saved);
      assertThat(b.read()).get().extracting(StateFile::serial).isEqualTo(1L);
    }
  }

  @Test
  void aStaleSaveIsRefusedAndTheStoredStateIsKept() {
    String db = TestPostgres.newDatabase();
    try (PostgresBackend a = backend(db);
        PostgresBackend b = backend(db)) {
      StateFile first = a.save(withDevice(a.load(TARGET), "one"));
      StateFile seenByB = b.load(TARGET);
      StateFile second = a.save(withDevice(first, "two"));
      assertThat(second.serial()).isEqualTo(2);
      assertThatThrownBy(() -> b.save(withDevice(seenByB, "three")))
          .isInstanceOf(StateException.class)
          .hasMessageContaining("changed since it was read (serial 1 -> 2)");
      assertThat(a.read()).get().isEqualTo(second);
    }
  }

  @Test
  void anotherLineageIsRefused() {
    String db = TestPostgres.newDatabase();
    try (PostgresBackend a = backend(db);
        PostgresBackend b = backend(db)) {
      a.save(withDevice(StateFile.empty(TARGET), "one"));
      assertThatThrownBy(() -> b.save(withDevice(StateFile.empty(TARGET), "two")))
          .hasMessageContaining("lineage");
    }
  }

  @Test
  void eachAccountAndTargetHasItsOwnRow() throws Exception {
    String db = TestPostgres.newDatabase();
    String url = TestPostgres.url(db);
    try (PostgresBackend acme = backend(url, "acme", Map.of());
        PostgresBackend other = backend(url, "other", Map.of());
        PostgresBackend apple =
            new PostgresBackend(
                PgUrl.parse(url, Map.of()),
                "acme",
                new StateTarget("https://api.appstoreconnect.apple.com", "i", "acme")
                    .apiIdentity())) {
      acme.save(withDevice(StateFile.empty(TARGET), "one"));
      assertThat(other.read()).isEmpty();
      assertThat(apple.read()).isEmpty();
      other.save(withDevice(StateFile.empty(TARGET), "two"));
    }
    try (Connection c = TestPostgres.admin(db);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT account, target, serial FROM ascform.states" + " ORDER BY account")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("acme");
      assertThat(rs.getString(2)).isEqualTo("loopback sandbox");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("other");
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void theLockIsExclusiveAndAWaitingRunIsToldWhoHoldsIt() {
    String db = TestPostgres.newDatabase();
    try (PostgresBackend a = backend(db);
        PostgresBackend b = backend(db)) {
      StateBackend.Lock held = a.lock("apply", Duration.ZERO);
      assertThat(b.lockInfo()).get().isEqualTo(held.info());
      assertThatThrownBy(() -> b.lock("apply", Duration.ZERO))
          .isInstanceOf(StateLockedException.class)
          .hasMessageContaining("locked by " + held.info().owner())
          .hasMessageContaining("pid " + ProcessHandle.current().pid())
          .hasMessageContaining("for apply")
          .hasMessageContaining("ascform force-unlock " + held.info().id());
      held.close();
      assertThat(b.lockInfo()).isEmpty();
      try (StateBackend.Lock mine = b.lock("apply", Duration.ZERO)) {
        assertThat(a.lockInfo()).get().extracting(LockInfo::id).isEqualTo(mine.info().id());
      }
    }
  }

  @Test
  void aWaitingRunGetsTheLockWhenItIsReleased() throws Exception {
    String db = TestPostgres.newDatabase();
    try (PostgresBackend a = backend(db);
        PostgresBackend b = backend(db)) {
      StateBackend.Lock held = a.lock("apply", Duration.ZERO);
      CompletableFuture<LockInfo> waiter =
          CompletableFuture.supplyAsync(
              () -> {
                try (StateBackend.Lock l = b.lock("apply", Duration.ofSeconds(30))) {
                  return l.info();
                }
              });
      Thread.sleep(300);
      assertThat(waiter).isNotDone();
      held.close();
      assertThat(waiter.get(30, TimeUnit.SECONDS).id()).isNotEqualTo(held.info().id());
    }
  }

  @Test
  void aClosedSessionReleasesTheLockAndItsStaleRowNamesNobody() throws Exception {
    String db = TestPostgres.newDatabase();
    try (PostgresBackend b = backend(db)) {
      PostgresBackend a = backend(db);
      a.lock("apply", Duration.ZERO);
      assertThat(b.lockInfo()).isPresent();
      try (Connection c = TestPostgres.admin(db);
          Statement st = c.createStatement()) {
        st.execute("SELECT pg_terminate_backend(backend_pid) FROM ascform.locks");
      }
      for (int i = 0; i < 100 && b.lockInfo().isPresent(); i++) {
        Thread.sleep(50);
      }
      assertThat(b.lockInfo()).as("the row is left, the session is not").isEmpty();
      b.lock("apply", Duration.ZERO).close();
      a.close();
    }
  }

  @Test
  void forceUnlockNeedsTheHoldersIdAndEndsItsSession() {
    String db = TestPostgres.newDatabase();
    try (PostgresBackend a = backend(db);
        PostgresBackend b = backend(db)) {
      assertThatThrownBy(() -> b.forceUnlock("nope")).hasMessageContaining("is not locked");
      StateBackend.Lock held = a.lock("apply", Duration.ZERO);
      assertThatThrownBy(() -> b.forceUnlock("nope"))
          .hasMessageContaining("has id " + held.info().id())
          .hasMessageContaining("nothing");
      assertThat(b.lockInfo()).isPresent();
      b.forceUnlock(held.info().id());
      assertThat(b.lockInfo()).isEmpty();
      b.lock("apply", Duration.ofSeconds(5)).close();
      held.close();
    }
  }

  @Test
  void skippingSchemaCreationSaysTheTablesAreMissing() {
    String db = TestPostgres.newDatabase();
    try (PostgresBackend a =
        backend(TestPostgres.url(db) + "?skip_schema_creation=true", "acme", Map.of())) {
      assertThatThrownBy(a::read)
          .hasMessageContaining("the tables are missing")
          .hasMessageNotContaining(TestPostgres.PASSWORD);
    }
    try (PostgresBackend made = backend(db)) {
      made.read();
    }
    try (PostgresBackend a =
        backend(TestPostgres.url(db) + "?skip_schema_creation=true", "acme", Map.of())) {
      assertThat(a.read()).isEmpty();
    }
  }

  @Test
  void thePasswordComesFromPgpasswordOrThePasswordFile() throws Exception {
    String db = TestPostgres.newDatabase();
    String bare = "postgresql://" + db + "@127.0.0.1:" + TestPostgres.port() + "/" + db;
    try (PostgresBackend a = backend(bare, "acme", Map.of("PGPASSWORD", TestPostgres.PASSWORD))) {
      assertThat(a.read()).isEmpty();
    }
    Path pgpass = tmp.resolve("pgpass");
    Files.writeString(
        pgpass,
        "# comment\nother:5432:*:*:wrong\n127.0.0.1:"
            + TestPostgres.port()
            + ":*:"
            + db
            + ":"
            + TestPostgres.PASSWORD
            + "\n");
    try (PostgresBackend a = backend(bare, "acme", Map.of("PGPASSFILE", pgpass.toString()))) {
      assertThat(a.read()).isEmpty();
    }
    try (PostgresBackend a =
        backend(bare, "acme", Map.of("PGPASSFILE", tmp.resolve("none").toString()))) {
      assertThatThrownBy(a::read)
          .isInstanceOf(StateException.class)
          .hasMessageContaining("postgresql://" + db + "@127.0.0.1");
    }
  }

  @Test
  void noMessageShowsThePassword() throws Exception {
    String db = TestPostgres.newDatabase();
    String wrong =
        "postgresql://"
            + db
            + ":"
            + TestPostgres.PASSWORD
            + "x@127.0.0.1:"
            + TestPostgres.port()
            + "/"
            + db;
    try (PostgresBackend a = backend(wrong, "acme", Map.of())) {
      assertThat(a.location()).contains(":***@").doesNotContain(TestPostgres.PASSWORD);
      assertThatThrownBy(a::read)
          .hasMessageContaining("password authentication failed")
          .hasMessageNotContaining(TestPostgres.PASSWORD);
    }
    int closed;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    try (PostgresBackend a = backend(TestPostgres.url(db, closed), "acme", Map.of())) {
      assertThatThrownBy(() -> a.lock("apply", Duration.ZERO))
          .hasMessageContaining(
              "cannot lock the state in postgresql://" + db + ":***@127.0.0.1:" + closed)
          .hasMessageNotContaining(TestPostgres.PASSWORD);
    }
    assertThat(PgUrl.parse(TestPostgres.url(db), Map.of()).toString())
        .doesNotContain(TestPostgres.PASSWORD);
    assertThatThrownBy(
            () ->
                PgUrl.parse(
                    "postgresql://u:" + TestPostgres.PASSWORD + "@h/db?schema=Bad-Name", Map.of()))
        .hasMessageNotContaining(TestPostgres.PASSWORD)
        .hasMessageContaining("u:***@h");
  }
}
