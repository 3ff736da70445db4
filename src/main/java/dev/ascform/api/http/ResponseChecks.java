package dev.ascform.api.http;

import feign.Request;
import feign.Response;
import feign.Util;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;

/** Inspections of responses made by {@link AscHttpClient} before Feign decodes them. */
final class ResponseChecks {
  private ResponseChecks() {}

  static boolean expectsJsonOnly(Request request) {
    Collection<String> accept = request.headers().get("Accept");
    return accept != null
        && !accept.isEmpty()
        && accept.stream()
            .flatMap(a -> Arrays.stream(a.split(",")))
            .allMatch(a -> a.contains("json"));
  }

  static boolean isJsonOrEmpty(Response response) {
    String type = header(response, "content-type");
    return type == null || type.contains("json") || response.status() == 204;
  }

  /** A success status with a body that is not JSON: usually a proxy or captive portal. */
  static AscApiException notJson(String method, String url, Response response) {
    String excerpt = "";
    if (response.body() != null) {
      try (InputStream in = response.body().asInputStream()) {
        excerpt = new String(in.readNBytes(200), StandardCharsets.UTF_8).strip();
      } catch (IOException unreadable) {
        excerpt = "(unreadable body)";
      }
    }
    String path = PathTemplates.path(url);
    return new AscApiException(
        method
            + " "
            + path
            + " answered "
            + response.status()
            + " with "
            + header(response, "content-type")
            + " instead of JSON (a proxy or captive portal in the"
            + " way? check --api-url): "
            + excerpt,
        method,
        path,
        null);
  }

  /** Error bodies are read at once so they can be inspected and decoded later. */
  static Response buffered(Response response) throws IOException {
    if (response.body() == null) {
      return response;
    }
    try (InputStream in = response.body().asInputStream()) {
      return response.toBuilder().body(Util.toByteArray(in)).build();
    }
  }

  static boolean isNotAuthorized(Response response) {
    if (response.body() == null) {
      return true;
    }
    try (InputStream in = response.body().asInputStream()) {
      String body = new String(Util.toByteArray(in), StandardCharsets.UTF_8);
      return body.isBlank() || body.contains("NOT_AUTHORIZED");
    } catch (IOException e) {
      return true;
    }
  }

  static String header(Response response, String name) {
    Collection<String> values = response.headers().get(name);
    return values == null || values.isEmpty() ? null : values.iterator().next();
  }
}
