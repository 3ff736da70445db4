package dev.ascform.api.http;

/** Apple's paging links misbehaved: a repeated or endless {@code links.next}, or a foreign host. */
public class PagingException extends AscApiException {
  public PagingException(String message, String path) {
    super(message, "GET", path, null);
  }
}
