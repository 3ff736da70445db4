package dev.ascform.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.api.jsonapi.ApiError;
import dev.ascform.api.jsonapi.ErrorDocument;
import feign.Response;
import feign.Util;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Turns an HTTP error response into an {@link AppleApiException}, adding what the user must do for
 * a persistent 401 (name the key id) and a 403 on provisioning or reports.
 */
public final class ErrorDecoding implements feign.codec.ErrorDecoder {
  private static final Set<String> PROVISIONING =
      Set.of("bundleIds", "bundleIdCapabilities", "certificates", "devices", "profiles");
  private static final Set<String> REPORTS = Set.of("salesReports", "financeReports");
  private static final int EXCERPT = 300;

  private final ObjectMapper mapper;
  private final String keyId;

  /**
   * @param mapper JSON mapper (unknown properties ignored)
   * @param keyId the API key id, named in 401 messages (never the key)
   */
  public ErrorDecoding(ObjectMapper mapper, String keyId) {
    this.mapper = mapper;
    this.keyId = keyId;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    return toException(response);
  }

  /** Builds the exception for an error response (reads and closes its body). */
  public AppleApiException toException(Response response) {
    String method = response.request().httpMethod().name();
    String path = PathTemplates.path(response.request().url());
    byte[] body = readBody(response);
    List<ApiError> errors = List.of();
    String raw = null;
    if (body.length > 0) {
      try {
        errors = mapper.readValue(body, ErrorDocument.class).errors();
      } catch (IOException notJson) {
        errors = List.of();
      }
      if (errors.isEmpty()) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        raw = text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
        raw = contentType(response) + " " + raw;
      }
    }
    return new AppleApiException(
        response.status(), errors, raw, method, path, hint(response.status(), path));
  }

  private String hint(int status, String path) {
    if (status == 401) {
      return "Apple rejected API key "
          + keyId
          + " even with a freshly signed token: the key was"
          + " revoked, has expired, or its key id, issuer id or .p8 file is mistyped. Check it in"
          + " App Store Connect > Users and Access > Integrations.";
    }
    String[] segments = path.split("/");
    String type = segments.length > 2 ? segments[2] : "";
    if (status == 403 && PROVISIONING.contains(type)) {
      return "Provisioning endpoints need a team API key (individual keys cannot use them) whose"
          + " role has access (Admin or Developer).";
    }
    if (status == 403 && REPORTS.contains(type)) {
      return "Sales and finance reports need a team API key (individual keys cannot use them)"
          + " whose role has access (Admin, Finance or Sales).";
    }
    return null;
  }

  private static String contentType(Response response) {
    Collection<String> values = response.headers().get("content-type");
    return values == null || values.isEmpty()
        ? "(no content type)"
        : "(" + values.iterator().next() + ")";
  }

  private static byte[] readBody(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return Util.toByteArray(in);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
