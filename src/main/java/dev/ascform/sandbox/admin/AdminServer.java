package dev.ascform.sandbox.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.ascform.sandbox.AccountHolder;
import dev.ascform.sandbox.faults.RateLimiter;
import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.ApiServer;
import dev.ascform.sandbox.http.RequestStats;
import dev.ascform.sandbox.http.Response;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * Admin endpoints under {@code /_sandbox/} (no token needed; loopback only):
 *
 * <ul>
 *   <li>{@code GET /_sandbox/stats}: request counts per operation and total
 *   <li>{@code POST /_sandbox/reset}: back to the seed (or empty) account; clears stats and budget
 * </ul>
 */
public final class AdminServer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final AccountHolder holder;
  private final RequestStats stats;
  private final RateLimiter limiter;
  private final Clock clock;

  public AdminServer(AccountHolder holder, RequestStats stats, RateLimiter limiter, Clock clock) {
    this.holder = holder;
    this.stats = stats;
    this.limiter = limiter;
    this.clock = clock;
  }

  /** Answers one admin exchange. */
  public void serve(HttpExchange ex, String baseUrl) throws IOException {
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getRawPath();
    ex.getRequestBody().readAllBytes();
    try {
      ApiServer.send(ex, answer(method, path, ex.getRequestURI().getRawQuery()), Map.of());
    } catch (ApiException e) {
      ObjectNode body = JSON.createObjectNode();
      ObjectNode error = body.putArray("errors").addObject();
      error
          .put("status", Integer.toString(e.status()))
          .put("code", e.code())
          .put("title", e.title())
          .put("detail", e.detail());
      ApiServer.send(ex, Response.json(e.status(), body), Map.of());
    }
  }

  private Response answer(String method, String path, String query) {
    if (path.equals("/_sandbox/stats") && method.equals("GET")) {
      ObjectNode body = JSON.createObjectNode();
      body.put("total", stats.total());
      body.set("operations", JSON.valueToTree(new TreeMap<>(stats.snapshot())));
      return Response.json(200, body);
    }
    if (path.equals("/_sandbox/reset") && method.equals("POST")) {
      holder.reset();
      stats.reset();
      limiter.reset();
      return Response.noContent();
    }
    return AdminActions.answer(holder, method, path, query, clock);
  }
}
