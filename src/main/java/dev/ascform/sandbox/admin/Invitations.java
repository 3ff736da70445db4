package dev.ascform.sandbox.admin;

import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import dev.ascform.sandbox.store.Ids;
import java.time.Clock;

/** Turns a pending user invitation into a team member, as the invitee accepting it would. */
final class Invitations {
  private Invitations() {}

  static Entity accept(Account account, String id, String email, Clock clock) {
    Entity invitation =
        account.all("userInvitations").stream()
            .filter(
                i ->
                    i.id().equals(id) || (email != null && email.equalsIgnoreCase(i.text("email"))))
            .findFirst()
            .orElseThrow(
                () ->
                    new ApiException(
                        404,
                        "NOT_FOUND",
                        "The specified resource does not exist",
                        "There is no pending invitation "
                            + (id != null ? "with id '" + id + "'" : "for '" + email + "'"),
                        null));
    Entity user = Entity.of("users", Ids.uuid());
    user.attributes()
        .put("username", invitation.text("email"))
        .put("firstName", invitation.text("firstName"))
        .put("lastName", invitation.text("lastName"));
    user.attributes().set("roles", invitation.attributes().get("roles").deepCopy());
    user.attributes()
        .put("allAppsVisible", invitation.attributes().path("allAppsVisible").asBoolean(false));
    user.attributes()
        .put(
            "provisioningAllowed",
            invitation.attributes().path("provisioningAllowed").asBoolean(false));
    user.rel("visibleApps").addAll(invitation.rel("visibleApps"));
    account.put(user);
    account.remove("userInvitations", invitation.id());
    account.acceptedInvitations().add(invitation.id());
    return user;
  }
}
