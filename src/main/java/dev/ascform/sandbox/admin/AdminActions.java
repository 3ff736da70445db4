package dev.ascform.sandbox.admin;

import dev.ascform.sandbox.AccountHolder;
import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Response;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Admin actions that change resources:
 *
 * <ul>
 *   <li>{@code POST /_sandbox/certificates/{id}/expire} and {@code POST
 *       /_sandbox/profiles/{id}/expire}: set {@code expirationDate} to one second ago
 *   <li>{@code POST /_sandbox/userInvitations/accept?email=E} or {@code POST
 *       /_sandbox/userInvitations/{id}/accept}: the invitation becomes a user
 * </ul>
 */
final class AdminActions {
  private AdminActions() {}

  static Response answer(
      AccountHolder holder, String method, String path, String query, Clock clock) {
    String[] s = path.split("/");
    if (method.equals("POST")
        && s.length == 5
        && s[4].equals("expire")
        && (s[2].equals("certificates") || s[2].equals("profiles"))) {
      Account account = holder.account();
      synchronized (account) {
        Entity e = account.find(s[2], s[3]).orElseThrow(() -> ApiException.notFound(s[2], s[3]));
        e.attributes()
            .put(
                "expirationDate",
                clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1).toString());
      }
      holder.persist();
      return Response.noContent();
    }
    if (method.equals("POST")
        && s.length >= 4
        && s[2].equals("userInvitations")
        && s[s.length - 1].equals("accept")) {
      String email =
          query != null && query.startsWith("email=")
              ? java.net.URLDecoder.decode(
                  query.substring(6), java.nio.charset.StandardCharsets.UTF_8)
              : null;
      String id = s.length == 5 ? s[3] : null;
      Account account = holder.account();
      Entity user;
      synchronized (account) {
        user = Invitations.accept(account, id, email, clock);
      }
      holder.persist();
      return Response.json(
          200,
          new com.fasterxml.jackson.databind.ObjectMapper()
              .createObjectNode()
              .put("userId", user.id())
              .put("username", user.text("username")));
    }
    throw new ApiException(
        404,
        "NOT_FOUND",
        "The specified resource does not exist",
        "No admin endpoint " + method + " " + path,
        null);
  }
}
