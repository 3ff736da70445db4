package dev.ascform.apply;

/** Apple accepted a write but the resource, read back, is not as asked. */
public final class PostconditionException extends RuntimeException {
  public PostconditionException(String message) {
    super(message);
  }
}
