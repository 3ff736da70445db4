package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Handler;
import dev.ascform.sandbox.http.Request;
import dev.ascform.sandbox.http.Response;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import dev.ascform.sandbox.store.Ids;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * userInvitations: immutable (no PATCH: 405); a second invitation for a pending email and an
 * invitation for a team member fail with 409; an accepted invitation reads as 410 GONE. Pending
 * invitations expire after 30 days ({@code expirationDate}).
 */
public final class UserInvitations {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private UserInvitations() {}

  public static void register(Map<String, Handler> handlers) {
    handlers.put("userInvitations_createInstance", UserInvitations::create);
    handlers.put(
        "userInvitations_getInstance",
        req -> {
          checkNotAccepted(req);
          return Response.json(
              200,
              Documents.single(req, Finder.require(req.account(), "userInvitations", req.id())));
        });
    handlers.put(
        "userInvitations_deleteInstance",
        req -> {
          checkNotAccepted(req);
          Finder.require(req.account(), "userInvitations", req.id());
          req.account().remove("userInvitations", req.id());
          return Response.noContent();
        });
  }

  private static void checkNotAccepted(Request req) {
    if (req.account().acceptedInvitations().contains(req.id())) {
      throw new ApiException(
          410,
          "GONE",
          "The resource is gone",
          "The invitation '" + req.id() + "' was accepted; the invitee is now a user.",
          null);
    }
  }

  static Response create(Request req) {
    Body body =
        Body.of(
            req,
            "userInvitations",
            Set.of(
                "email", "firstName", "lastName", "roles", "allAppsVisible", "provisioningAllowed"),
            Set.of("visibleApps"));
    String email = body.requireText("email");
    if (!EMAIL.matcher(email).matches()) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "An attribute value is invalid.",
          "/data/attributes/email",
          "'" + email + "' is not an email address.");
    }
    String first = body.requireText("firstName");
    String last = body.requireText("lastName");
    if (body.attr("roles") == null) {
      body.requireText("roles");
    }
    var roles = Users.roles(body.attr("roles"), "/data/attributes/roles");
    roles.forEach(
        r -> {
          if (r.asText().equals("ACCOUNT_HOLDER")) {
            throw ApiException.conflict(
                "ENTITY_ERROR.ATTRIBUTE.INVALID",
                "An attribute value is invalid.",
                "/data/attributes/roles",
                "Nobody can be invited as Account Holder.");
          }
        });
    Account account = req.account();
    for (Entity user : account.all("users")) {
      if (email.equalsIgnoreCase(user.text("username"))) {
        throw ApiException.conflict(
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
            "/data/attributes/email",
            "'" + email + "' is already a member of this team.");
      }
    }
    for (Entity pending : account.all("userInvitations")) {
      if (email.equalsIgnoreCase(pending.text("email"))) {
        throw ApiException.conflict(
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
            "/data/attributes/email",
            "An invitation for '" + email + "' is already pending.");
      }
    }
    Entity e = Entity.of("userInvitations", Ids.uuid());
    e.attributes()
        .put("email", email)
        .put("firstName", first)
        .put("lastName", last)
        .put(
            "expirationDate",
            req.clock()
                .instant()
                .truncatedTo(ChronoUnit.SECONDS)
                .plus(30, ChronoUnit.DAYS)
                .toString());
    e.attributes().set("roles", roles);
    e.attributes()
        .put(
            "allAppsVisible",
            body.attr("allAppsVisible") == null || body.attr("allAppsVisible").asBoolean());
    e.attributes()
        .put(
            "provisioningAllowed",
            body.attr("provisioningAllowed") != null
                && body.attr("provisioningAllowed").asBoolean());
    e.rel("visibleApps").addAll(body.toMany("visibleApps", "apps", false));
    account.put(e);
    return Response.json(201, Documents.single(req, e));
  }
}
