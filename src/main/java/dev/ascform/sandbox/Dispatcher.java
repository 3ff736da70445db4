package dev.ascform.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.ascform.sandbox.admin.AdminServer;
import dev.ascform.sandbox.http.ApiServer;
import java.io.IOException;

/**
 * Sends {@code /_sandbox/} to the admin endpoints and everything else to the API; always closes.
 */
final class Dispatcher implements HttpHandler {
  private final ApiServer api;
  private final AdminServer admin;
  private final String baseUrl;

  Dispatcher(ApiServer api, AdminServer admin, String baseUrl) {
    this.api = api;
    this.admin = admin;
    this.baseUrl = baseUrl;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      if (exchange.getRequestURI().getRawPath().startsWith("/_sandbox/")) {
        admin.serve(exchange, baseUrl);
      } else {
        api.serve(exchange, baseUrl);
      }
    } catch (RuntimeException e) {
      System.err.println(
          "ascform sandbox: internal error on "
              + exchange.getRequestMethod()
              + " "
              + exchange.getRequestURI().getRawPath()
              + ": "
              + e);
      try {
        byte[] body =
            ("{\"errors\":[{\"status\":\"500\",\"code\":\"UNEXPECTED_ERROR\",\"title\":\"An"
                    + " unexpected error occurred.\",\"detail\":\"The sandbox failed: "
                    + e.getClass().getSimpleName()
                    + "\"}]}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(500, body.length);
        exchange.getResponseBody().write(body);
      } catch (IOException | RuntimeException ignored) {
        // headers already sent: nothing more can be said
      }
    } finally {
      exchange.close();
    }
  }
}
