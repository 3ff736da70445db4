package dev.ascform.state.pg;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.state.LockInfo;
import dev.ascform.state.OnceLock;
import dev.ascform.state.StateBackend;
import dev.ascform.state.StateCodec;
import dev.ascform.state.StateException;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateLockedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The state in a PostgreSQL table, one row per account and target (Terraform's {@code pg} backend,
 * improved where it falls short):
 *
 * <ul>
 *   <li>{@code <schema>.states(account, target, lineage, serial, state, updated_at)} and {@code
 *       <schema>.locks(account, target, lock_id, info, backend_pid, created)}, created on first use
 *       ({@code IF NOT EXISTS}, serialized by a transaction-level advisory lock) unless the URL
 *       says {@code skip_schema_creation=true};
 *   <li>every save is one {@code UPDATE … WHERE lineage = ? AND serial = ?} (or an {@code INSERT …
 *       ON CONFLICT DO NOTHING} for the first) in one transaction: a state that moved on is
 *       refused, never overwritten;
 *   <li>the lock is a session-level advisory lock on a connection of its own, never pooled, so a
 *       holder killed with SIGKILL or cut off from the network releases it with its session; the
 *       holder writes who it is into {@code locks} beside it, and that row counts only while its
 *       session still holds the advisory lock ({@code pg_locks}), so a stale row never blocks.
 *   <li>{@code force-unlock ID} ends the holder's session ({@code pg_terminate_backend}), which is
 *       the only way to release another session's advisory lock.
 * </ul>
 *
 * <p>Every message names the database by {@link PgUrl#masked()} and is scrubbed of the password.
 */
public final class PostgresBackend implements StateBackend {
  /** How long to wait between attempts to take the lock. */
  static final Duration POLL = Duration.ofMillis(200);

  /** The transaction-level advisory lock that serializes creating the schema. */
  private static final long SCHEMA_LOCK = 0x6173_6366_6f72_6d00L; // "ascform\0"

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PgUrl url;
  private final String account;
  private final String target;
  private final String states;
  private final String locks;
  private final long lockKey;
  private final StateCodec.Encoder encoder = new StateCodec.Encoder();
  private Connection data;

  /** The state last read or saved, and its text: a save of unchanged content writes nothing. */
  private StateFile last;

  private String lastText;

  /**
   * @param account the config's account name
   * @param target the API the state is for ({@link dev.ascform.state.StateTarget#apiIdentity()})
   */
  public PostgresBackend(PgUrl url, String account, String target) {
    this.url = url;
    this.account = account;
    this.target = target;
    this.states = url.schema() + ".states";
    this.locks = url.schema() + ".locks";
    this.lockKey = key(url.schema() + "\n" + account + "\n" + target);
  }

  @Override
  public String location() {
    return url.masked() + " (account " + account + ", " + target + ")";
  }

  @Override
  public synchronized Optional<StateFile> read() {
    try (PreparedStatement st =
        data()
            .prepareStatement(
                "SELECT state FROM " + states + " WHERE account = ? AND target = ?")) {
      st.setString(1, account);
      st.setString(2, target);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String text = rs.getString(1);
        if (!text.equals(lastText)) {
          last = StateCodec.decode(text.getBytes(StandardCharsets.UTF_8), location());
          lastText = text;
        }
        return Optional.of(last);
      }
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  @Override
  public synchronized StateFile save(StateFile state) {
    if (last == null
        || !last.lineage().equals(state.lineage())
        || last.serial() != state.serial()) {
      read();
    }
    if (last != null
        && last.lineage().equals(state.lineage())
        && last.serial() == state.serial()
        && last.sameContentAs(state)) {
      return last;
    }
    StateFile next = state.withSerial(state.serial() + 1);
    String text = encoder.encode(next);
    try {
      Connection c = data();
      c.setAutoCommit(false);
      try {
        if (update(c, text, next, state) == 1 || insert(c, text, next) == 1) {
          c.commit();
          last = next;
          lastText = text;
          return next;
        }
        String why = whyRefused(c, state);
        c.rollback();
        throw new StateException(why);
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c);
        throw e;
      } finally {
        autoCommitQuietly(c);
      }
    } catch (SQLException e) {
      throw failure("save", e);
    }
  }

  private int update(Connection c, String text, StateFile next, StateFile from)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "UPDATE "
                + states
                + " SET serial = ?,"
                + " state = ?, updated_at = now() WHERE account = ? AND target = ? AND lineage = ?"
                + " AND serial = ?")) {
      st.setLong(1, next.serial());
      st.setString(2, text);
      st.setString(3, account);
      st.setString(4, target);
      st.setString(5, from.lineage());
      st.setLong(6, from.serial());
      return st.executeUpdate();
    }
  }

  private int insert(Connection c, String text, StateFile next) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO "
                + states
                + " (account, target,"
                + " lineage, serial, state, updated_at) VALUES (?, ?, ?, ?, ?, now())"
                + " ON CONFLICT (account, target) DO NOTHING")) {
      st.setString(1, account);
      st.setString(2, target);
      st.setString(3, next.lineage());
      st.setLong(4, next.serial());
      st.setString(5, text);
      return st.executeUpdate();
    }
  }

  private String whyRefused(Connection c, StateFile state) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT lineage, serial FROM " + states + " WHERE account = ? AND target = ?")) {
      st.setString(1, account);
      st.setString(2, target);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return "refusing to save the state to "
              + location()
              + ": its row vanished while"
              + " saving. Run again.";
        }
        if (!rs.getString(1).equals(state.lineage())) {
          return "refusing to overwrite the state in "
              + location()
              + ": it has lineage "
              + rs.getString(1)
              + ", not "
              + state.lineage()
              + " (another state took its place)";
        }
        return "refusing to overwrite the state in "
            + location()
            + ": it changed since it was"
            + " read (serial "
            + state.serial()
            + " -> "
            + rs.getLong(2)
            + "); another run"
            + " wrote it. Run again.";
      }
    }
  }

  @Override
  public Lock lock(String operation, Duration timeout) {
    LockInfo me = LockInfo.forThisProcess(operation, Clock.systemUTC());
    synchronized (this) {
      try {
        data();
      } catch (SQLException e) {
        throw failure("lock", e);
      }
    }
    Connection c = null;
    try {
      c = url.connect();
      Instant deadline = Instant.now().plus(timeout);
      while (true) {
        if (tryLock(c)) {
          writeHolder(c, me);
          return new PgLock(c, me);
        }
        Instant now = Instant.now();
        if (!now.isBefore(deadline)) {
          LockInfo holder = holder(c).orElse(null);
          closeQuietly(c);
          throw new StateLockedException(location(), holder);
        }
        Duration left = Duration.between(now, deadline);
        Thread.sleep((left.compareTo(POLL) < 0 ? left : POLL).toMillis());
      }
    } catch (SQLException e) {
      closeQuietly(c);
      throw failure("lock", e);
    } catch (InterruptedException e) {
      closeQuietly(c);
      Thread.currentThread().interrupt();
      throw new StateException("interrupted while waiting for the lock on " + location());
    }
  }

  private boolean tryLock(Connection c) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      st.setLong(1, lockKey);
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }

  private void writeHolder(Connection c, LockInfo me) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO "
                + locks
                + " (account, target, lock_id, info, backend_pid, created) VALUES (?, ?, ?, ?,"
                + " pg_backend_pid(), now()) ON CONFLICT (account, target) DO UPDATE SET lock_id ="
                + " excluded.lock_id, info = excluded.info, backend_pid = excluded.backend_pid,"
                + " created = excluded.created")) {
      st.setString(1, account);
      st.setString(2, target);
      st.setString(3, me.id());
      st.setString(4, JSON.writeValueAsString(me));
      st.executeUpdate();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The holder's row, when the session that wrote it still holds the advisory lock. */
  private Optional<LockInfo> holder(Connection c) throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT l.info FROM "
                + locks
                + " l"
                + " WHERE l.account = ? AND l.target = ? AND EXISTS (SELECT 1 FROM pg_locks p"
                + " WHERE p.locktype = 'advisory' AND p.pid = l.backend_pid AND p.granted"
                + " AND p.classid::bigint = ? AND p.objid::bigint = ? AND p.objsubid = 1)")) {
      st.setString(1, account);
      st.setString(2, target);
      st.setLong(3, lockKey >>> 32);
      st.setLong(4, lockKey & 0xffff_ffffL);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next()
            ? Optional.of(JSON.readValue(rs.getString(1), LockInfo.class))
            : Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public synchronized Optional<LockInfo> lockInfo() {
    try {
      return holder(data());
    } catch (SQLException e) {
      throw failure("read the lock of", e);
    }
  }

  @Override
  public synchronized void forceUnlock(String id) {
    try {
      Connection c = data();
      Optional<LockInfo> holder = holder(c);
      if (holder.isEmpty()) {
        throw new StateException("the state " + location() + " is not locked");
      }
      if (!holder.get().id().equals(id)) {
        throw new StateException(
            "the lock on "
                + location()
                + " has id "
                + holder.get().id()
                + ", not "
                + id
                + "; nothing was removed");
      }
      try (PreparedStatement st =
          c.prepareStatement(
              "SELECT pg_terminate_backend(backend_pid)"
                  + " FROM "
                  + locks
                  + " WHERE account = ? AND target = ? AND lock_id = ?")) {
        st.setString(1, account);
        st.setString(2, target);
        st.setString(3, id);
        try (ResultSet rs = st.executeQuery()) {
          if (!rs.next() || !rs.getBoolean(1)) {
            throw new StateException(
                "cannot end the session holding the lock on "
                    + location()
                    + ": the database user needs to be the holder's or have pg_signal_backend");
          }
        }
      }
      try (PreparedStatement st =
          c.prepareStatement(
              "DELETE FROM " + locks + " WHERE account = ? AND target = ? AND lock_id = ?")) {
        st.setString(1, account);
        st.setString(2, target);
        st.setString(3, id);
        st.executeUpdate();
      }
    } catch (SQLException e) {
      throw failure("force-unlock", e);
    }
  }

  @Override
  public synchronized void close() {
    closeQuietly(data);
    data = null;
  }

  /** The data connection (schema ensured), opened on first use and again after a failure. */
  private Connection data() throws SQLException {
    if (data == null) {
      Connection c = url.connect();
      try {
        ensureSchema(c);
      } catch (SQLException e) {
        closeQuietly(c);
        throw e;
      }
      data = c;
    }
    return data;
  }

  private void ensureSchema(Connection c) throws SQLException {
    if (!url.createSchema()) {
      return;
    }
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      st.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
      st.execute("CREATE SCHEMA IF NOT EXISTS " + url.schema());
      st.execute(
          "CREATE TABLE IF NOT EXISTS "
              + states
              + " (account text NOT NULL,"
              + " target text NOT NULL, lineage text NOT NULL, serial bigint NOT NULL,"
              + " state text NOT NULL, updated_at timestamptz NOT NULL,"
              + " PRIMARY KEY (account, target))");
      st.execute(
          "CREATE TABLE IF NOT EXISTS "
              + locks
              + " (account text NOT NULL,"
              + " target text NOT NULL, lock_id text NOT NULL, info text NOT NULL,"
              + " backend_pid integer NOT NULL, created timestamptz NOT NULL,"
              + " PRIMARY KEY (account, target))");
      c.commit();
    } catch (SQLException e) {
      rollbackQuietly(c);
      throw e;
    } finally {
      autoCommitQuietly(c);
    }
  }

  /**
   * A failed statement as a {@link StateException} naming the database (masked) and the driver's
   * reason (scrubbed); the data connection is dropped so the next call reconnects.
   */
  private StateException failure(String what, SQLException e) {
    closeQuietly(data);
    data = null;
    String hint =
        "42P01".equals(e.getSQLState())
            ? " (the tables are missing: drop skip_schema_creation=true from the URL, or have them"
                + " created as docs/STATE.md shows)"
            : "";
    return new StateException(
        url.scrub("cannot " + what + " the state in " + location() + ": " + e.getMessage() + hint));
  }

  /** Back to autocommit; on a broken connection the first error is the one worth reporting. */
  private static void autoCommitQuietly(Connection c) {
    try {
      c.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the connection is broken; it is dropped with the failure being reported
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is gone; the transaction went with it
    }
  }

  static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing a broken connection
    }
  }

  /** A stable 64-bit advisory lock key for a state: the first 8 bytes of its name's SHA-256. */
  static long key(String name) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      long k = 0;
      for (int i = 0; i < 8; i++) {
        k = (k << 8) | (h[i] & 0xff);
      }
      return k;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A held advisory lock on its own connection. */
  private final class PgLock extends OnceLock {
    private final Connection c;

    PgLock(Connection c, LockInfo info) {
      super(info);
      this.c = c;
    }

    /** Removes our holder row and the advisory lock; closing the session would release it too. */
    @Override
    protected void release() {
      try (PreparedStatement del =
              c.prepareStatement(
                  "DELETE FROM " + locks + " WHERE account = ? AND target = ? AND lock_id = ?");
          PreparedStatement unlock = c.prepareStatement("SELECT pg_advisory_unlock(?)")) {
        del.setString(1, account);
        del.setString(2, target);
        del.setString(3, info().id());
        del.executeUpdate();
        unlock.setLong(1, lockKey);
        unlock.execute();
      } catch (SQLException e) {
        // the session is gone (the database restarted, or force-unlock ended it): so is the lock
      } finally {
        closeQuietly(c);
      }
    }
  }
}
