package dev.ascform.api.http;

import dev.ascform.api.jsonapi.ApiError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Apple answered with an HTTP error status. Keeps Apple's {@code ErrorResponse} entries (status,
 * code, {@code source.pointer}, detail); decide on {@link #errorStatus()} and {@link
 * #hasCode(String)} (prefix match on the hierarchical code), never on titles or status numbers.
 */
public class AppleApiException extends AscApiException {
  private final int status;
  private final ErrorStatus errorStatus;
  private final List<ApiError> errors;
  private final String rawBody;

  /**
   * @param status HTTP status
   * @param errors decoded errors (empty when the body was not an ErrorResponse)
   * @param rawBody an excerpt of a non-JSON body, else null
   * @param hint an actionable sentence appended to the message, may be null
   */
  public AppleApiException(
      int status, List<ApiError> errors, String rawBody, String method, String path, String hint) {
    super(format(status, errors, rawBody, method, path, hint), method, path, null);
    this.status = status;
    this.errorStatus = ErrorStatus.of(status);
    this.errors = List.copyOf(errors);
    this.rawBody = rawBody;
  }

  private static String format(
      int status, List<ApiError> errors, String rawBody, String method, String path, String hint) {
    String what;
    if (!errors.isEmpty()) {
      what = errors.stream().map(ApiError::describe).collect(Collectors.joining("; "));
    } else if (rawBody != null && !rawBody.isBlank()) {
      what = "unexpected non-JSON error body: " + rawBody;
    } else {
      what = "no error details in the response";
    }
    String msg = status + " " + what + " (" + method + " " + path + ")";
    return hint == null ? msg : msg + ". " + hint;
  }

  /** The HTTP status number, for messages; decide on {@link #errorStatus()}. */
  public int status() {
    return status;
  }

  /** The class of the HTTP status: what a caller does about it. */
  public ErrorStatus errorStatus() {
    return errorStatus;
  }

  /** True when the HTTP status is of this class. */
  public boolean is(ErrorStatus s) {
    return errorStatus == s;
  }

  /** All errors Apple returned, in order. */
  public List<ApiError> errors() {
    return errors;
  }

  /** The first error's code, or null. */
  public String code() {
    return errors.isEmpty() ? null : errors.get(0).code();
  }

  /** The first error's title, or null. */
  public String title() {
    return errors.isEmpty() ? null : errors.get(0).title();
  }

  /** The first error's detail, or null. */
  public String detail() {
    return errors.isEmpty() ? null : errors.get(0).detail();
  }

  /** The first error's {@code source.pointer}, or null. */
  public String sourcePointer() {
    return errors.isEmpty() || errors.get(0).source() == null
        ? null
        : errors.get(0).source().pointer();
  }

  /** The first error's {@code source.parameter}, or null. */
  public String sourceParameter() {
    return errors.isEmpty() || errors.get(0).source() == null
        ? null
        : errors.get(0).source().parameter();
  }

  /** An excerpt of the body when it was not an ErrorResponse, else null. */
  public String rawBody() {
    return rawBody;
  }

  /** True when any error's code equals {@code prefix} or starts with {@code prefix + "."}. */
  public boolean hasCode(String prefix) {
    return errors.stream().anyMatch(e -> e.hasCode(prefix));
  }
}
