package dev.ascform.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A test-only HTTP proxy in front of a sandbox that misbehaves once on request: it can forward a
 * write and then drop the connection (the write landed, the response is lost), or answer a write
 * with 200 and the unchanged resource without forwarding it (accepted, but not made); or replace
 * every response to some requests (malformed bodies, {@link #always}).
 */
final class FaultProxy implements AutoCloseable {
  /** Lose the response of a write made; answer a write not made as if made; refuse it with 429. */
  enum Mode {
    LOSE_RESPONSE,
    ACCEPT_WITHOUT_DOING,
    THROTTLE
  }

  private record Rule(Mode mode, String method, String pathRegex) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String upstream;
  private final AtomicReference<Rule> next = new AtomicReference<>();
  private final AtomicReference<Rewrite> rewrite = new AtomicReference<>();

  /** A response replacement: status, content type and body made from the real body. */
  record Rewrite(
      String method,
      String pathRegex,
      int status,
      String contentType,
      UnaryOperator<String> body) {}

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /**
   * From now on, every successful GET whose path matches is answered with its JSON document changed
   * in place by {@code change}: how tests make the sandbox answer in a form Apple uses.
   */
  void rewriteJson(
      String pathRegex, Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change) {
    always(
        new Rewrite(
            "GET",
            pathRegex,
            200,
            "application/json",
            body -> {
              try {
                var root = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(body);
                change.accept(root);
                return JSON.writeValueAsString(root);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            }));
  }

  /** Every resource of a JSON:API document, primary and included. */
  static void eachResource(
      com.fasterxml.jackson.databind.JsonNode doc,
      Consumer<com.fasterxml.jackson.databind.JsonNode> each) {
    var data = doc.path("data");
    if (data.isArray()) {
      data.forEach(each);
    } else if (data.isObject()) {
      each.accept(data);
    }
    doc.path("included").forEach(each);
  }

  FaultProxy(String upstream) throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.upstream = upstream;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The next request matching method and path regex gets this fault; later ones pass. */
  void once(Mode mode, String method, String pathRegex) {
    next.set(new Rule(mode, method, pathRegex));
  }

  /** Every later response to requests matching the rewrite's method and path is replaced. */
  void always(Rewrite r) {
    rewrite.set(r);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      String path = ex.getRequestURI().getRawPath();
      byte[] body = ex.getRequestBody().readAllBytes();
      Rule r = next.get();
      boolean hit =
          r != null
              && r.method().equals(method)
              && path.matches(r.pathRegex())
              && next.compareAndSet(r, null);
      if (hit && r.mode() == Mode.THROTTLE) {
        byte[] out =
            ("{\"errors\":[{\"status\":\"429\",\"code\":\"RATE_LIMIT_EXCEEDED\",\"title\":\"The"
                    + " request rate limit has been reached.\",\"detail\":\"injected by the test"
                    + " proxy\"}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(429, out.length);
        try (OutputStream o = ex.getResponseBody()) {
          o.write(out);
        }
        return;
      }
      if (hit && r.mode() == Mode.ACCEPT_WITHOUT_DOING) {
        relay(ex, forward(ex, "GET", HttpRequest.BodyPublishers.noBody()));
        return;
      }
      HttpResponse<byte[]> resp =
          forward(
              ex,
              method,
              body.length == 0
                  ? HttpRequest.BodyPublishers.noBody()
                  : HttpRequest.BodyPublishers.ofByteArray(body));
      if (hit) {
        return;
      }
      Rewrite w = rewrite.get();
      if (w != null && w.method().equals(method) && path.matches(w.pathRegex())) {
        byte[] out =
            w.body()
                .apply(new String(resp.body(), java.nio.charset.StandardCharsets.UTF_8))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", w.contentType());
        ex.sendResponseHeaders(w.status(), out.length == 0 ? -1 : out.length);
        if (out.length > 0) {
          try (OutputStream o = ex.getResponseBody()) {
            o.write(out);
          }
        }
        return;
      }
      relay(ex, resp);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private HttpResponse<byte[]> forward(
      HttpExchange ex, String method, HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
    String q = ex.getRequestURI().getRawQuery();
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
                URI.create(upstream + ex.getRequestURI().getRawPath() + (q == null ? "" : "?" + q)))
            .method(method, body);
    for (String h : List.of("Authorization", "Content-Type", "Accept")) {
      String v = ex.getRequestHeaders().getFirst(h);
      if (v != null) {
        b.header(h, v);
      }
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static void relay(HttpExchange ex, HttpResponse<byte[]> resp) throws IOException {
    resp.headers()
        .firstValue("Content-Type")
        .ifPresent(v -> ex.getResponseHeaders().set("Content-Type", v));
    resp.headers()
        .firstValue("X-Rate-Limit")
        .ifPresent(v -> ex.getResponseHeaders().set("X-Rate-Limit", v));
    byte[] b = resp.body();
    ex.sendResponseHeaders(resp.statusCode(), b.length == 0 ? -1 : b.length);
    if (b.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(b);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
