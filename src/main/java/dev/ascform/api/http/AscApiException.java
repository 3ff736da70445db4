package dev.ascform.api.http;

/**
 * Base of every failure the App Store Connect client reports. Messages are written for users and
 * never contain a token or a key.
 */
public class AscApiException extends RuntimeException {
  private final String method;
  private final String path;

  public AscApiException(String message, String method, String path, Throwable cause) {
    super(message, cause);
    this.method = method;
    this.path = path;
  }

  /** The HTTP method of the failed request, may be null. */
  public String method() {
    return method;
  }

  /** The request path (no host, no query), may be null. */
  public String path() {
    return path;
  }
}
