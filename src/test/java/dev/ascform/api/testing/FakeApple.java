package dev.ascform.api.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A tiny Apple-shaped HTTP server on 127.0.0.1 for client tests: routes by method and exact path,
 * records every request (with decoded query), replies with scripted responses.
 */
public final class FakeApple implements AutoCloseable {
  /** Marks a {@link Reply#cut()} reply; never sent. */
  private static final String CUT = "X-FakeApple-Cut";

  static {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Map<String, Function<Seen, Reply>> routes = new ConcurrentHashMap<>();
  private final List<Seen> seen = new CopyOnWriteArrayList<>();

  /** A recorded request. {@code query} is URL-decoded. */
  public record Seen(
      String method,
      String path,
      String query,
      String authorization,
      String contentType,
      String body) {}

  /** A scripted response. */
  public record Reply(int status, Map<String, String> headers, byte[] body) {
    public static Reply json(int status, String json) {
      return new Reply(
          status,
          Map.of("Content-Type", "application/json"),
          json.getBytes(StandardCharsets.UTF_8));
    }

    public static Reply empty(int status) {
      return new Reply(status, Map.of(), new byte[0]);
    }

    /**
     * This reply with its body cut off half-way: the full length is announced, half is sent, and
     * the connection closes (a response lost mid-read).
     */
    public Reply cut() {
      return with(CUT, "true");
    }

    public Reply with(String header, String value) {
      Map<String, String> h = new HashMap<>(headers);
      h.put(header, value);
      return new Reply(status, Map.copyOf(h), body);
    }
  }

  public FakeApple() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Routes {@code method path} to {@code handler}. */
  public FakeApple on(String method, String path, Function<Seen, Reply> handler) {
    routes.put(method + " " + path, handler);
    return this;
  }

  /** Replies in order; the last reply repeats. */
  public FakeApple onSequence(String method, String path, Reply... replies) {
    List<Reply> queue = new ArrayList<>(List.of(replies));
    return on(
        method,
        path,
        s -> {
          synchronized (queue) {
            return queue.size() > 1 ? queue.remove(0) : queue.get(0);
          }
        });
  }

  /**
   * Serves {@code count} resources of {@code type} at {@code path} in pages of {@code pageSize},
   * linking pages with {@code links.next} (an offset cursor) and reporting {@code
   * meta.paging.total}.
   */
  public FakeApple paged(String path, String type, int count, int pageSize) {
    return on(
        "GET",
        path,
        s -> {
          int from = 0;
          for (String pair : s.query().split("&")) {
            if (pair.startsWith("cursor=")) {
              from = Integer.parseInt(pair.substring("cursor=".length()));
            }
          }
          List<String> items = new ArrayList<>();
          for (int i = from; i < Math.min(count, from + pageSize); i++) {
            items.add(
                "{\"type\":\""
                    + type
                    + "\",\"id\":\""
                    + type
                    + i
                    + "\",\"attributes\":{\"name\":\"n"
                    + i
                    + "\"}}");
          }
          int next = from + pageSize;
          String links =
              "\"self\":\""
                  + baseUrl()
                  + path
                  + "?cursor="
                  + from
                  + "\""
                  + (next < count
                      ? ",\"next\":\"" + baseUrl() + path + "?cursor=" + next + "&limit=200\""
                      : "");
          return Reply.json(
              200,
              "{\"data\":["
                  + String.join(",", items)
                  + "],\"links\":{"
                  + links
                  + "},\"meta\":{\"paging\":{\"total\":"
                  + count
                  + ",\"limit\":"
                  + pageSize
                  + "}}}");
        });
  }

  public List<Seen> requests() {
    return List.copyOf(seen);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body;
      try (InputStream in = ex.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String raw = ex.getRequestURI().getRawQuery();
      String query = raw == null ? "" : URLDecoder.decode(raw, StandardCharsets.UTF_8);
      Seen s =
          new Seen(
              ex.getRequestMethod(),
              ex.getRequestURI().getPath(),
              query,
              ex.getRequestHeaders().getFirst("Authorization"),
              ex.getRequestHeaders().getFirst("Content-Type"),
              body);
      seen.add(s);
      Function<Seen, Reply> route = routes.get(s.method() + " " + s.path());
      Reply reply =
          route == null
              ? Reply.json(
                  404,
                  "{\"errors\":[{\"status\":\"404\",\"code\":\"NOT_FOUND\",\"title\":\"not"
                      + " found\",\"detail\":\"no route "
                      + s.path()
                      + "\"}]}")
              : route.apply(s);
      boolean cut = reply.headers().containsKey(CUT);
      reply
          .headers()
          .forEach(
              (k, v) -> {
                if (!k.equals(CUT)) {
                  ex.getResponseHeaders().add(k, v);
                }
              });
      if (cut) {
        ex.sendResponseHeaders(reply.status(), reply.body().length);
        OutputStream out = ex.getResponseBody();
        out.write(reply.body(), 0, reply.body().length / 2);
        out.flush();
        return; // closing the exchange short of its length drops the connection
      }
      if (reply.body().length == 0) {
        ex.sendResponseHeaders(reply.status(), -1);
      } else {
        ex.sendResponseHeaders(reply.status(), reply.body().length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(reply.body());
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
