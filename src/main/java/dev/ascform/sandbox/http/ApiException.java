package dev.ascform.sandbox.http;

import java.util.Map;

/**
 * An Apple-shaped error: thrown anywhere in request handling and rendered as an {@code
 * ErrorResponse} with one error. {@code source} is a pointer ({@code /data/attributes/name}) or a
 * parameter ({@code filter[foo]}), or null.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;
  private final String title;
  private final Map<String, String> source;
  private final Map<String, String> headers;

  public ApiException(
      int status, String code, String title, String detail, Map<String, String> source) {
    this(status, code, title, detail, source, Map.of());
  }

  public ApiException(
      int status,
      String code,
      String title,
      String detail,
      Map<String, String> source,
      Map<String, String> headers) {
    super(detail);
    this.status = status;
    this.code = code;
    this.title = title;
    this.source = source;
    this.headers = headers;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public Map<String, String> source() {
    return source;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** 400 for a query parameter. */
  public static ApiException parameter(String code, String parameter, String detail) {
    return new ApiException(
        400, code, "A parameter has an invalid value", detail, Map.of("parameter", parameter));
  }

  /** 409 pointing at a body member, e.g. {@code /data/attributes/identifier}. */
  public static ApiException conflict(String code, String title, String pointer, String detail) {
    return new ApiException(
        409, code, title, detail, pointer == null ? null : Map.of("pointer", pointer));
  }

  /** 404 NOT_FOUND for a resource id. */
  public static ApiException notFound(String type, String id) {
    return new ApiException(
        404,
        "NOT_FOUND",
        "The specified resource does not exist",
        "There is no resource of type '" + type + "' with id '" + id + "'",
        Map.of("parameter", "id"));
  }
}
