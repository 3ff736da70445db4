package dev.ascform.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.ascform.sandbox.auth.TokenVerifier;
import dev.ascform.sandbox.faults.Fault;
import dev.ascform.sandbox.faults.FaultInjector;
import dev.ascform.sandbox.faults.RateLimiter;
import dev.ascform.sandbox.store.Account;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Serves {@code /v1}: routing (404/405), request statistics, JWT auth (401), the hourly budget
 * ({@code X-Rate-Limit}, 429), latency, injected faults, query validation (400), then the
 * operation's handler under the account lock, persisting after every successful write.
 */
public final class ApiServer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Router router = new Router(OperationCatalog.all());
  private final Map<String, Handler> handlers;
  private final Supplier<Account> account;
  private final TokenVerifier verifier;
  private final RateLimiter limiter;
  private final FaultInjector faults;
  private final RequestStats stats;
  private final Runnable persist;
  private final long latencyMs;
  private final Clock clock;

  /** Everything the server needs; {@code account} is read per request (reset swaps it). */
  public ApiServer(
      Map<String, Handler> handlers,
      Supplier<Account> account,
      TokenVerifier verifier,
      RateLimiter limiter,
      FaultInjector faults,
      RequestStats stats,
      Runnable persist,
      long latencyMs,
      Clock clock) {
    this.handlers = Map.copyOf(handlers);
    this.account = account;
    this.verifier = verifier;
    this.limiter = limiter;
    this.faults = faults;
    this.stats = stats;
    this.persist = persist;
    this.latencyMs = latencyMs;
    this.clock = clock;
  }

  /** Answers one /v1 exchange (the caller closes it). */
  public void serve(HttpExchange ex, String baseUrl) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getRawPath();
    try {
      sleep();
      Router.Match match;
      try {
        match = router.route(method, path);
      } finally {
        stats.record(method, path, router);
      }
      String keyId = verifier.verify(ex.getRequestHeaders().getFirst("Authorization"));
      RateLimiter.Decision budget = limiter.take(keyId);
      headers.put("X-Rate-Limit", budget.header());
      if (!budget.allowed()) {
        throw throttled(
            budget.retryAfterSeconds(), "The API key's hourly request budget is spent.");
      }
      boolean write = !method.equals("GET");
      Fault fault = faults.next(write);
      injectBefore(fault, faults.retryAfterSeconds());
      Query query = Query.parse(ex.getRequestURI().getRawQuery(), match.op());
      JsonNode body = readBody(ex.getRequestBody());
      Handler handler = handlers.get(match.op().operationId());
      if (handler == null) {
        throw new IllegalStateException("no handler for " + match.op().operationId());
      }
      Response response;
      Account acct = account.get();
      synchronized (acct) {
        Request req =
            new Request(
                match.op(),
                match.id(),
                query,
                body,
                baseUrl,
                path,
                ex.getRequestURI().getRawQuery(),
                acct,
                clock);
        response = write ? handler.handle(req) : acct.readOnly(() -> handler.handle(req));
        if (response.isWriteSuccess(method)) {
          persist.run();
        }
      }
      if (fault == Fault.RESPONSE_LOST) {
        dropResponse(ex);
        return;
      }
      send(ex, response, headers);
    } catch (ApiException e) {
      headers.putAll(e.headers());
      send(ex, Response.json(e.status(), errorBody(e)), headers);
    }
  }

  private void sleep() {
    if (latencyMs > 0) {
      try {
        Thread.sleep(latencyMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void injectBefore(Fault fault, long retryAfter) {
    switch (fault) {
      case SERVER_ERROR:
        throw new ApiException(
            500,
            "UNEXPECTED_ERROR",
            "An unexpected error occurred.",
            "An unexpected error occurred on the server side. If this issue continues, contact us."
                + " (injected by the sandbox)",
            null);
      case UNAVAILABLE:
        throw new ApiException(
            503,
            "SERVICE_UNAVAILABLE",
            "The service is currently unavailable.",
            "The service is temporarily unavailable. Try again later. (injected by the sandbox)",
            null,
            Map.of("Retry-After", Long.toString(retryAfter)));
      case THROTTLED:
        throw throttled(retryAfter, "Too many requests in a short time. (injected by the sandbox)");
      case NONE:
      case RESPONSE_LOST:
      default:
        break;
    }
  }

  private static ApiException throttled(long retryAfter, String detail) {
    return new ApiException(
        429,
        "RATE_LIMIT_EXCEEDED",
        "The request rate limit has been reached.",
        "We've received too many requests for this API. Please wait and try again or slow down your"
            + " request rate. "
            + detail,
        null,
        Map.of("Retry-After", Long.toString(retryAfter)));
  }

  private static JsonNode readBody(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    if (bytes.length == 0) {
      return null;
    }
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new ApiException(
          400,
          "PARAMETER_ERROR.INVALID",
          "The request body is not valid JSON",
          "The request entity could not be parsed as JSON: " + e.getMessage().split("\n")[0],
          Map.of("pointer", ""));
    }
  }

  /**
   * Sends nothing: the caller closes the exchange before any response header was sent, which makes
   * the JDK server close the connection, so the client sees it drop (an IOException).
   */
  private static void dropResponse(HttpExchange ex) {
    ex.getResponseHeaders().clear();
  }

  static ObjectNode errorBody(ApiException e) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode error = root.putArray("errors").addObject();
    error.put("id", UUID.randomUUID().toString());
    error.put("status", Integer.toString(e.status()));
    error.put("code", e.code());
    error.put("title", e.title());
    error.put("detail", e.detail());
    if (e.source() != null) {
      ObjectNode source = error.putObject("source");
      e.source().forEach(source::put);
    }
    return root;
  }

  /** Writes a response with the given extra headers. */
  public static void send(HttpExchange ex, Response r, Map<String, String> headers)
      throws IOException {
    headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    byte[] bytes = r.json() != null ? JSON.writeValueAsBytes(r.json()) : r.bytes();
    if (r.contentType() != null) {
      ex.getResponseHeaders().set("Content-Type", r.contentType());
    }
    if (bytes == null || r.status() == 204) {
      ex.sendResponseHeaders(r.status(), -1);
      return;
    }
    ex.sendResponseHeaders(r.status(), bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }
}
