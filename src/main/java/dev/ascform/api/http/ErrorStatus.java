package dev.ascform.api.http;

/**
 * The classes of HTTP error status Apple answers with, by what a caller does about them, so that no
 * caller compares numbers: {@link AppleApiException#errorStatus()}. Apple's documentation lists
 * 400, 401, 403, 404, 409, 422 and 429 for its endpoints; 5xx come from its servers and gateways.
 */
public enum ErrorStatus {
  /** 400: the request is malformed (a parameter, a filter); sending it again fails again. */
  BAD_REQUEST,
  /** 401: the token was refused (the key is revoked, expired or mistyped). */
  UNAUTHORIZED,
  /** 403: the key's role or type may not do this (individual keys and provisioning). */
  FORBIDDEN,
  /** 404: the resource (or the path) does not exist. */
  NOT_FOUND,
  /** 409: the request conflicts with the account (already exists, a rule of the entity). */
  CONFLICT,
  /** 422: well-formed but refused (a value Apple does not accept). */
  UNPROCESSABLE,
  /** 429: over the rate limit; Apple did not act on the request. */
  THROTTLED,
  /** Any other 4xx. */
  OTHER_CLIENT_ERROR,
  /** 503: the service is unavailable; Apple did not act on the request. */
  UNAVAILABLE,
  /**
   * 500 and every other 5xx (502, 504, ...): the request may or may not have been carried out in
   * Apple's back end.
   */
  SERVER_ERROR;

  /** The class of this HTTP status (400 to 599). */
  public static ErrorStatus of(int httpStatus) {
    return switch (httpStatus) {
      case 400 -> BAD_REQUEST;
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 409 -> CONFLICT;
      case 422 -> UNPROCESSABLE;
      case 429 -> THROTTLED;
      case 503 -> UNAVAILABLE;
      default -> httpStatus >= 500 ? SERVER_ERROR : OTHER_CLIENT_ERROR;
    };
  }

  /** True for a status a server sent about itself (5xx): the request may have been acted on. */
  public boolean isServerSide() {
    return this == UNAVAILABLE || this == SERVER_ERROR;
  }

  /** True when Apple refused the request without acting on it for now (429, 503). */
  public boolean isRefusedForNow() {
    return this == THROTTLED || this == UNAVAILABLE;
  }
}
