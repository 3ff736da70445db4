package dev.ascform.sandbox.admin;

import dev.ascform.sandbox.AccountHolder;
import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Response;
import java.time.Clock;

/** Admin actions that change resources (accept invitations, expire certificates and profiles). */
final class AdminActions {
  private AdminActions() {}

  static Response answer(AccountHolder holder, String method, String path, String query, Clock clock) {
    throw new ApiException(404, "NOT_FOUND", "The specified resource does not exist", "No admin endpoint " + method + " " + path, null);
  }
}
