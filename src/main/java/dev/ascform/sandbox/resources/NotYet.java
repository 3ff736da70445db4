package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Handler;
import dev.ascform.sandbox.http.Request;
import dev.ascform.sandbox.http.Response;

/** Placeholder answer for a catalogued operation whose behaviour is not implemented (501). */
final class NotYet implements Handler {
  static final NotYet INSTANCE = new NotYet();

  @Override
  public Response handle(Request request) {
    throw new ApiException(501, "NOT_IMPLEMENTED", "Not implemented by the sandbox", "The sandbox does not implement " + request.op().key() + " yet.", null);
  }
}
