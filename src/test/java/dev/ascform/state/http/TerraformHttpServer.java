package dev.ascform.state.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A state server speaking Terraform's HTTP backend protocol as GitLab's and the reference servers
 * do, for one state at {@code /state/NAME}, in memory:
 *
 * <ul>
 *   <li>{@code GET}: 200 and the stored body, or 204 (404 with {@link #missingAs404}) when none;
 *   <li>{@code POST[?ID=lock]}: stores the body; 409 and the lock's JSON when the state is locked
 *       and the ID is missing or another;
 *   <li>{@code LOCK} with the lock JSON: 200, or 423 and the holder's JSON when held;
 *   <li>{@code UNLOCK} with the lock JSON: 200 when its ID is the holder's (or no body: Terraform's
 *       force-unlock), 409 and the holder's JSON otherwise;
 *   <li>basic authentication when {@link #requireAuth} is set (401 without it);
 *   <li>{@link #down}: 503 for every request, as a server that went away behind a proxy.
 * </ul>
 *
 * It records every update (the lock ID it carried and the serial it stored) for the tests.
 */
public final class TerraformHttpServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One accepted update: the {@code ID} query parameter and the serial stored. */
  public record Update(String lockId, long serial) {}

  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);
  private byte[] state;
  private byte[] lock;
  private final List<Update> updates = new ArrayList<>();
  private volatile String auth;
  private volatile boolean down;
  private volatile boolean missingAs404;

  public TerraformHttpServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/state/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  /** {@code http://127.0.0.1:PORT/state/NAME}. */
  public String url(String name) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/state/" + name;
  }

  public void requireAuth(String user, String password) {
    auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public void down(boolean d) {
    down = d;
  }

  public void missingAs404(boolean b) {
    missingAs404 = b;
  }

  public synchronized List<Update> updates() {
    return List.copyOf(updates);
  }

  /** The lock's JSON as the server holds it, or null. */
  public synchronized String lock() {
    return lock == null ? null : new String(lock, StandardCharsets.UTF_8);
  }

  public synchronized String state() {
    return state == null ? null : new String(state, StandardCharsets.UTF_8);
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      byte[] body = x.getRequestBody().readAllBytes();
      if (down) {
        send(x, 503, "unavailable".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (auth != null && !auth.equals(x.getRequestHeaders().getFirst("Authorization"))) {
        send(x, 401, "{\"message\":\"401 Unauthorized\"}".getBytes(StandardCharsets.UTF_8));
        return;
      }
      synchronized (this) {
        switch (x.getRequestMethod()) {
          case "GET" -> {
            if (state == null) {
              send(x, missingAs404 ? 404 : 204, null);
            } else {
              send(x, 200, state);
            }
          }
          case "POST" -> {
            String id = query(x, "ID");
            if (lock != null && !lockId(lock).equals(id)) {
              send(x, 409, lock);
              return;
            }
            state = body;
            updates.add(new Update(id, JSON.readTree(body).path("serial").asLong(-1)));
            send(x, 200, null);
          }
          case "LOCK" -> {
            if (lock != null) {
              send(x, 423, lock);
              return;
            }
            lock = body;
            send(x, 200, null);
          }
          case "UNLOCK" -> {
            if (lock != null && body.length > 0 && !lockId(lock).equals(lockId(body))) {
              send(x, 409, lock);
              return;
            }
            lock = null;
            send(x, 200, null);
          }
          default -> send(x, 405, null);
        }
      }
    }
  }

  private static String lockId(byte[] json) throws IOException {
    JsonNode n = JSON.readTree(json);
    return n.path("ID").asText("");
  }

  private static String query(HttpExchange x, String name) {
    String q = x.getRequestURI().getRawQuery();
    if (q == null) {
      return null;
    }
    for (String pair : q.split("&")) {
      if (pair.startsWith(name + "=")) {
        return java.net.URLDecoder.decode(
            pair.substring(name.length() + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private static void send(HttpExchange x, int status, byte[] body) throws IOException {
    if (body == null || body.length == 0) {
      x.sendResponseHeaders(status, -1);
      return;
    }
    x.getResponseHeaders().set("Content-Type", "application/json");
    x.sendResponseHeaders(status, body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
