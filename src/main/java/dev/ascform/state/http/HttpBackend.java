package dev.ascform.state.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.state.LockInfo;
import dev.ascform.state.OnceLock;
import dev.ascform.state.StateBackend;
import dev.ascform.state.StateCodec;
import dev.ascform.state.StateException;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateLockedException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state on a server speaking Terraform's HTTP backend protocol (GitLab's managed Terraform
 * state and the like): {@code GET} the address for the state (404 or 204: none yet), {@code POST}
 * it back with {@code ?ID=<lock id>} while locked, {@code LOCK} and {@code UNLOCK} the lock address
 * with the lock's JSON, a held lock answered with 423 or 409 and the holder's JSON.
 *
 * <p>The protocol has no compare-and-swap, so the save's check happens here, under the lock: the
 * stored state is read back and its lineage and serial compared before anything is posted (a server
 * that stores what it is sent cannot do better). Credentials come from the URL's user info or
 * {@link HttpSettings}; they are sent as basic authentication and never printed.
 */
public final class HttpBackend implements StateBackend {
  static final Duration POLL = Duration.ofMillis(200);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PID = Pattern.compile("pid (\\d+)(?: on (\\S+))?");

  private final HttpSettings settings;
  private final HttpClient client;
  private final StateCodec.Encoder encoder = new StateCodec.Encoder();

  /** The lock this process holds, if any: its id goes on every update. */
  private volatile LockInfo held;

  private StateFile last;

  public HttpBackend(HttpSettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  @Override
  public String location() {
    return settings.masked();
  }

  @Override
  public synchronized Optional<StateFile> read() {
    HttpResponse<byte[]> r = send("GET", settings.address(), null, "read");
    int s = r.statusCode();
    if (s == 404 || s == 204 || (s == 200 && r.body().length == 0)) {
      last = null;
      return Optional.empty();
    }
    if (s != 200) {
      throw unexpected("read", r);
    }
    Optional<String> md5 = r.headers().firstValue("Content-MD5");
    if (md5.isPresent() && !md5.get().equals(md5(r.body()))) {
      throw new StateException(
          "the state read from "
              + location()
              + " does not match its"
              + " Content-MD5 (damaged in transit?); nothing was changed. Run again.");
    }
    last = StateCodec.decode(r.body(), location());
    return Optional.of(last);
  }

  @Override
  public synchronized StateFile save(StateFile state) {
    if (held == null
        || last == null
        || !last.lineage().equals(state.lineage())
        || last.serial() != state.serial()) {
      read();
    }
    if (last != null) {
      if (!last.lineage().equals(state.lineage())) {
        throw new StateException(
            "refusing to overwrite the state at "
                + location()
                + ": it has lineage "
                + last.lineage()
                + ", not "
                + state.lineage()
                + " (another state took its place)");
      }
      if (last.serial() != state.serial()) {
        throw new StateException(
            "refusing to overwrite the state at "
                + location()
                + ": it changed since it was read (serial "
                + state.serial()
                + " -> "
                + last.serial()
                + "); another run wrote it. Run again.");
      }
      if (last.sameContentAs(state)) {
        return last;
      }
    }
    StateFile next = state.withSerial(state.serial() + 1);
    byte[] body = encoder.encode(next).getBytes(StandardCharsets.UTF_8);
    URI uri = settings.address();
    if (held != null) {
      uri = withQuery(uri, "ID=" + encode(held.id()));
    }
    HttpResponse<byte[]> r = send(settings.updateMethod(), uri, body, "save");
    if (r.statusCode() == 423 || r.statusCode() == 409) {
      throw new StateLockedException(location(), holderFrom(r.body()).orElse(null));
    }
    if (r.statusCode() / 100 != 2) {
      throw unexpected("save", r);
    }
    last = next;
    return next;
  }

  @Override
  public Lock lock(String operation, Duration timeout) {
    LockInfo me = LockInfo.forThisProcess(operation, Clock.systemUTC());
    byte[] body = lockJson(me);
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      HttpResponse<byte[]> r = send(settings.lockMethod(), settings.lockAddress(), body, "lock");
      if (r.statusCode() == 200 || r.statusCode() == 204) {
        held = me;
        return new HttpLock(me);
      }
      if (r.statusCode() != 423 && r.statusCode() != 409) {
        throw unexpected("lock", r);
      }
      Instant now = Instant.now();
      if (!now.isBefore(deadline)) {
        throw new StateLockedException(location(), holderFrom(r.body()).orElse(null));
      }
      Duration left = Duration.between(now, deadline);
      try {
        Thread.sleep((left.compareTo(POLL) < 0 ? left : POLL).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StateException("interrupted while waiting for the lock on " + location());
      }
    }
  }

  /**
   * Who holds the lock. The protocol has no request for it, so this asks for the lock: a 423 or 409
   * names the holder; a granted lock is given back at once.
   */
  @Override
  public Optional<LockInfo> lockInfo() {
    LockInfo probe = LockInfo.forThisProcess("lock info", Clock.systemUTC());
    HttpResponse<byte[]> r =
        send(settings.lockMethod(), settings.lockAddress(), lockJson(probe), "read the lock of");
    if (r.statusCode() == 200 || r.statusCode() == 204) {
      unlock(probe, "read the lock of");
      return Optional.empty();
    }
    if (r.statusCode() == 423 || r.statusCode() == 409) {
      return holderFrom(r.body());
    }
    throw unexpected("read the lock of", r);
  }

  @Override
  public void forceUnlock(String id) {
    Optional<LockInfo> holder = lockInfo();
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
    unlock(holder.get(), "force-unlock");
  }

  private void unlock(LockInfo info, String what) {
    HttpResponse<byte[]> r =
        send(settings.unlockMethod(), settings.unlockAddress(), lockJson(info), what);
    if (r.statusCode() / 100 != 2) {
      throw unexpected(what, r);
    }
  }

  /** Terraform's lock JSON: ID, Operation, Info, Who, Version, Created, Path. */
  static byte[] lockJson(LockInfo me) {
    ObjectNode n = JSON.createObjectNode();
    n.put("ID", me.id());
    n.put("Operation", me.operation());
    n.put("Info", "pid " + me.pid() + " on " + me.host());
    n.put("Who", me.owner());
    n.put("Version", "ascform");
    n.put("Created", me.created());
    n.put("Path", "");
    return n.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The holder from a 423/409 body in Terraform's lock JSON (or ascform's own), if readable. */
  static Optional<LockInfo> holderFrom(byte[] body) {
    try {
      JsonNode n = JSON.readTree(body);
      if (n == null || !n.isObject()) {
        return Optional.empty();
      }
      if (n.hasNonNull("ID")) {
        Matcher m = PID.matcher(n.path("Info").asText(""));
        boolean found = m.find();
        long pid = found ? Long.parseLong(m.group(1)) : 0;
        String host = found ? m.group(2) : null;
        return Optional.of(
            new LockInfo(
                n.get("ID").asText(),
                n.path("Who").asText("unknown"),
                pid,
                host,
                n.path("Created").asText(""),
                n.path("Operation").asText(null)));
      }
      if (n.hasNonNull("id")) {
        return Optional.of(JSON.treeToValue(n, LockInfo.class));
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private HttpResponse<byte[]> send(String method, URI uri, byte[] body, String what) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (body != null) {
      b.header("Content-Type", "application/json").header("Content-MD5", md5(body));
    }
    settings.authorization().ifPresent(a -> b.header("Authorization", a));
    try {
      return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new StateException(
          settings.scrub(
              "cannot "
                  + what
                  + " the state at "
                  + location()
                  + ": "
                  + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StateException("interrupted while talking to " + location());
    }
  }

  private StateException unexpected(String what, HttpResponse<byte[]> r) {
    String body = new String(r.body(), StandardCharsets.UTF_8).strip();
    if (body.length() > 300) {
      body = body.substring(0, 300) + "…";
    }
    String hint =
        r.statusCode() == 401 || r.statusCode() == 403
            ? " (check the credentials:"
                + " user info in the URL, or ASCFORM_HTTP_USERNAME and ASCFORM_HTTP_PASSWORD)"
            : "";
    return new StateException(
        settings.scrub(
            "cannot "
                + what
                + " the state at "
                + location()
                + ": HTTP "
                + r.statusCode()
                + hint
                + (body.isEmpty() ? "" : ": " + body)));
  }

  static String md5(byte[] body) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static URI withQuery(URI uri, String query) {
    String s = uri.toString();
    return URI.create(s + (uri.getRawQuery() == null ? "?" : "&") + query);
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private final class HttpLock extends OnceLock {
    HttpLock(LockInfo info) {
      super(info);
    }

    @Override
    protected void release() {
      held = null;
      try {
        unlock(info(), "unlock");
      } catch (StateException e) {
        throw new StateException(
            e.getMessage()
                + ". The lock "
                + info().id()
                + " stays on the"
                + " server: once it answers, remove it with: ascform force-unlock "
                + info().id());
      }
    }
  }
}
