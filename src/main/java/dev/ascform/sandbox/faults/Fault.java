package dev.ascform.sandbox.faults;

/** An injected fault. */
public enum Fault {
  NONE,
  /** 500 UNEXPECTED_ERROR before anything is done. */
  SERVER_ERROR,
  /** 503 SERVICE_UNAVAILABLE before anything is done. */
  UNAVAILABLE,
  /** 429 RATE_LIMIT_EXCEEDED with Retry-After before anything is done. */
  THROTTLED,
  /** A write is applied, then the connection is dropped without a complete response. */
  RESPONSE_LOST
}
