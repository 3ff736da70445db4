package dev.ascform.api;

import dev.ascform.api.http.AppleApiException;
import dev.ascform.api.http.AscApiException;
import dev.ascform.api.http.ErrorDecoding;
import dev.ascform.api.http.PathTemplates;
import feign.Response;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Opens a sales or finance report response: success is gzip ({@code application/a-gzip}), failure
 * is JSON, so the content type (and the gzip magic bytes) are checked before gunzipping.
 */
public final class Reports {
  private final ErrorDecoding errors;

  Reports(ErrorDecoding errors) {
    this.errors = errors;
  }

  /**
   * The gunzipped report text (tab-separated) as a stream; the caller closes it. Throws {@link
   * AppleApiException} for an error status or a JSON body.
   */
  public InputStream open(Response response) {
    if (response.status() < 200 || response.status() >= 300 || isJson(response)) {
      AppleApiException e = errors.toException(response);
      response.close();
      throw e;
    }
    if (response.body() == null) {
      throw new AscApiException(
          "the report response is empty (Apple produces no file for a" + " period without sales)",
          "GET",
          PathTemplates.path(response.request().url()),
          null);
    }
    try {
      InputStream raw = new BufferedInputStream(response.body().asInputStream());
      raw.mark(2);
      int b1 = raw.read();
      int b2 = raw.read();
      raw.reset();
      if (b1 != 0x1f || b2 != 0x8b) {
        raw.close();
        throw new AscApiException(
            "the report response (" + contentType(response) + ") is not gzip data",
            "GET",
            PathTemplates.path(response.request().url()),
            null);
      }
      return new GZIPInputStream(raw);
    } catch (IOException e) {
      response.close();
      throw new AscApiException(
          "could not read the report: " + e.getMessage(),
          "GET",
          PathTemplates.path(response.request().url()),
          e);
    }
  }

  private static boolean isJson(Response response) {
    return contentType(response).toLowerCase(Locale.ROOT).contains("json");
  }

  private static String contentType(Response response) {
    Collection<String> values = response.headers().get("content-type");
    return values == null || values.isEmpty() ? "" : values.iterator().next();
  }
}
