package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.reliability.AccountCheck;
import dev.ascform.state.StateBackend;
import dev.ascform.state.StateTarget;
import dev.ascform.state.pg.PgUrl;
import dev.ascform.state.pg.PostgresBackend;
import dev.ascform.state.pg.TcpProxy;
import dev.ascform.state.pg.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ascform with {@code --state postgresql://user:password@127.0.0.1:PORT/db} against a real
 * PostgreSQL server and the sandbox: plan, apply and a clean plan with no local state file; two
 * applies at once; a held lock and {@code --lock-timeout 0s}; a SIGKILLed holder; the database
 * going away mid-apply. The password appears in no output.
 */
class PostgresStateTest {
  private static final String PW = TestPostgres.PASSWORD;

  @TempDir Path tmp;

  private static long storedSerial(String db) throws Exception {
    try (Connection c = TestPostgres.admin(db);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT coalesce(max(serial), 0) FROM ascform.states")) {
      rs.next();
      return rs.getLong(1);
    } catch (java.sql.SQLException e) {
      return 0; // the tables are not made yet
    }
  }

  private static PostgresBackend backend(String db) {
    return new PostgresBackend(
        PgUrl.parse(TestPostgres.url(db), Map.of()),
        "acme",
        new StateTarget("http://127.0.0.1", null, null).apiIdentity());
  }

  private static void noPassword(Workspace.Run... runs) {
    for (Workspace.Run r : runs) {
      assertThat(r.all()).doesNotContain(PW);
    }
  }

  @Test
  void planApplyAndACleanPlanKeepTheStateInTheDatabaseOnly() throws Exception {
    String db = TestPostgres.newDatabase();
    boolean defaultFileBefore = Files.exists(Path.of("state", "acme.state.json"));
    try (SharedStateRig rig = new SharedStateRig(tmp, TestPostgres.url(db), 0)) {
      Workspace.Run plan = rig.run("plan", "--detailed-exitcode");
      assertThat(plan.code()).as(plan.all()).isEqualTo(2);
      assertThat(plan.all())
          .contains(
              "state: postgresql://"
                  + db
                  + ":***@127.0.0.1:"
                  + TestPostgres.port()
                  + "/"
                  + db
                  + " (account acme, loopback sandbox) (new)");
      Workspace.Run apply = rig.run("apply", "--auto-approve");
      assertThat(apply.code()).as(apply.all()).isZero();
      Workspace.Run again = rig.run("plan", "--detailed-exitcode");
      assertThat(again.code()).as(again.all()).isZero();
      assertThat(again.all()).contains("(serial " + storedSerial(db) + ")");
      Workspace.Run list =
          Workspace.run(
              "state", "list", "-c", rig.ws.config.toString(), "--state", rig.state, "--sandbox");
      assertThat(list.code()).as(list.all()).isZero();
      assertThat(list.out()).contains("bundle_id.");
      noPassword(plan, apply, again, list);
      assertThat(storedSerial(db)).isPositive();
      assertThat(rig.localStateFiles()).isEmpty();
      assertThat(AccountCheck.duplicates(rig.sb.account())).isEmpty();
    }
    assertThat(Files.exists(Path.of("state", "acme.state.json"))).isEqualTo(defaultFileBefore);
  }

  @Test
  void twoAppliesAtOnceBothSucceedOneAfterTheOtherAndEachSaveAddsOne() throws Exception {
    String db = TestPostgres.newDatabase();
    try (SharedStateRig rig = new SharedStateRig(tmp, TestPostgres.url(db), 5);
        PostgresBackend made = backend(db)) {
      made.read(); // makes the tables, so that the test can watch every write to them
      try (Connection c = TestPostgres.admin(db);
          Statement st = c.createStatement()) {
        st.execute("CREATE TABLE public.writes (old_serial bigint, new_serial bigint)");
        st.execute("GRANT INSERT ON public.writes TO " + db);
        st.execute(
            "CREATE FUNCTION public.log_write() RETURNS trigger AS $$ BEGIN"
                + " INSERT INTO public.writes VALUES (CASE WHEN TG_OP = 'INSERT' THEN NULL"
                + " ELSE OLD.serial END, NEW.serial); RETURN NEW; END $$ LANGUAGE plpgsql");
        st.execute(
            "CREATE TRIGGER log_write AFTER INSERT OR UPDATE ON ascform.states"
                + " FOR EACH ROW EXECUTE FUNCTION public.log_write()");
      }
      CompletableFuture<Workspace.Run> a =
          CompletableFuture.supplyAsync(
              () -> rig.run("apply", "--auto-approve", "--lock-timeout", "120s"));
      CompletableFuture<Workspace.Run> b =
          CompletableFuture.supplyAsync(
              () -> rig.run("apply", "--auto-approve", "--lock-timeout", "120s"));
      Workspace.Run ra = a.get(180, TimeUnit.SECONDS);
      Workspace.Run rb = b.get(180, TimeUnit.SECONDS);
      assertThat(ra.code()).as(ra.all()).isZero();
      assertThat(rb.code()).as(rb.all()).isZero();
      assertThat(List.of(ra.all(), rb.all()))
          .as("one found the other's work done")
          .anyMatch(s -> s.contains("No changes."));
      noPassword(ra, rb);
      List<long[]> writes = new ArrayList<>();
      try (Connection c = TestPostgres.admin(db);
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT old_serial, new_serial FROM public.writes")) {
        while (rs.next()) {
          writes.add(new long[] {rs.getObject(1) == null ? 0 : rs.getLong(1), rs.getLong(2)});
        }
      }
      assertThat(writes).isNotEmpty();
      for (long[] w : writes) {
        assertThat(w[1]).as("a save adds exactly one to the serial").isEqualTo(w[0] + 1);
      }
      assertThat(writes.get(writes.size() - 1)[1]).isEqualTo(writes.size());
      assertThat(AccountCheck.duplicates(rig.sb.account())).isEmpty();
      assertThat(rig.run("plan", "--detailed-exitcode").code()).isZero();
    }
  }

  @Test
  void withNoWaitARunStopsAtOnceNamingTheHolder() throws Exception {
    String db = TestPostgres.newDatabase();
    try (SharedStateRig rig = new SharedStateRig(tmp, TestPostgres.url(db), 0);
        PostgresBackend other = backend(db);
        StateBackend.Lock held = other.lock("apply", Duration.ZERO)) {
      Workspace.Run r = rig.run("apply", "--auto-approve", "--lock-timeout", "0s");
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err())
          .contains("locked by " + held.info().owner())
          .contains("pid " + ProcessHandle.current().pid())
          .contains("for apply")
          .contains("ascform force-unlock " + held.info().id())
          .contains("postgresql://" + db + ":***@");
      assertThat(rig.sb.stats().total()).as("nothing asked of the account").isZero();
      noPassword(r);
    }
  }

  @Test
  void aSigkilledApplyLeavesNoLockBehind() throws Exception {
    String db = TestPostgres.newDatabase();
    try (SharedStateRig rig = new SharedStateRig(tmp, TestPostgres.url(db), 40);
        PostgresBackend watcher = backend(db)) {
      watcher.read();
      Path log = tmp.resolve("child.log");
      Process child = rig.launch(rig.args("apply", "--auto-approve"), log);
      try {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (watcher.lockInfo().isEmpty() && child.isAlive() && System.nanoTime() < giveUp) {
          Thread.sleep(20);
        }
        assertThat(watcher.lockInfo())
            .as(
                "the child holds the lock; its log: %s",
                Files.exists(log) ? Files.readString(log) : "")
            .isPresent()
            .get()
            .extracting(i -> i.pid())
            .isEqualTo(child.pid());
      } finally {
        SharedStateRig.sigkill(child);
      }
      for (int i = 0; i < 200 && watcher.lockInfo().isPresent(); i++) {
        Thread.sleep(25);
      }
      assertThat(watcher.lockInfo())
          .as("the killed holder's session took its lock along")
          .isEmpty();
      Workspace.Run next = rig.run("apply", "--auto-approve", "--lock-timeout", "0s");
      assertThat(next.code()).as(next.all()).isZero();
      assertThat(rig.run("plan", "--detailed-exitcode").code()).isZero();
      assertThat(AccountCheck.duplicates(rig.sb.account())).isEmpty();
      assertThat(Files.readString(log)).doesNotContain(PW);
      noPassword(next);
    }
  }

  @Test
  void theDatabaseGoingAwayMidApplyStopsItAndTheNextRunDuplicatesNothing() throws Exception {
    String db = TestPostgres.newDatabase();
    try (TcpProxy proxy = new TcpProxy(TestPostgres.port());
        SharedStateRig rig = new SharedStateRig(tmp, TestPostgres.url(db, proxy.port()), 30)) {
      CompletableFuture<Workspace.Run> apply =
          CompletableFuture.supplyAsync(
              () -> rig.run("apply", "--auto-approve", "--concurrency", "1"));
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (storedSerial(db) < 2 && !apply.isDone() && System.nanoTime() < giveUp) {
        Thread.sleep(5);
      }
      proxy.cut();
      Workspace.Run cut = apply.get(120, TimeUnit.SECONDS);
      long serialAtCut = storedSerial(db);
      assertThat(cut.code()).as(cut.all()).isEqualTo(1);
      assertThat(cut.all())
          .contains(
              "cannot save the state in postgresql://" + db + ":***@127.0.0.1:" + proxy.port());
      assertThat(serialAtCut).as("some saves made it before the cut").isGreaterThanOrEqualTo(2);
      proxy.restore();
      Workspace.Run again = rig.run("apply", "--auto-approve");
      assertThat(again.code()).as(again.all()).isZero();
      Workspace.Run clean = rig.run("plan", "--detailed-exitcode");
      assertThat(clean.code()).as(clean.all()).isZero();
      assertThat(AccountCheck.duplicates(rig.sb.account())).isEmpty();
      noPassword(cut, again, clean);
    }
  }
}
