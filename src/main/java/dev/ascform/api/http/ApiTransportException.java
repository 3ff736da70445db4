package dev.ascform.api.http;

/** The request got no HTTP response: connection refused or reset, DNS failure, timeout. */
public class ApiTransportException extends AscApiException {
  public ApiTransportException(String message, String method, String path, Throwable cause) {
    super(message, method, path, cause);
  }
}
