package dev.ascform.sandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Handler;
import dev.ascform.sandbox.http.Request;
import dev.ascform.sandbox.http.Response;
import dev.ascform.sandbox.store.Entity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * users writes: roles (replaced as a whole), allAppsVisible, provisioningAllowed and visibleApps
 * (POST adds, PATCH replaces, DELETE removes). The Account Holder cannot be removed or demoted, and
 * nobody can be promoted to Account Holder.
 */
public final class Users {
  static final Set<String> ROLES =
      Set.of(
          "ADMIN",
          "FINANCE",
          "ACCOUNT_HOLDER",
          "SALES",
          "MARKETING",
          "APP_MANAGER",
          "DEVELOPER",
          "ACCESS_TO_REPORTS",
          "CUSTOMER_SUPPORT",
          "CREATE_APPS",
          "CLOUD_MANAGED_DEVELOPER_ID",
          "CLOUD_MANAGED_APP_DISTRIBUTION",
          "GENERATE_INDIVIDUAL_KEYS");

  private Users() {}

  public static void register(Map<String, Handler> handlers) {
    handlers.put("users_updateInstance", Users::update);
    handlers.put("users_deleteInstance", Users::delete);
    handlers.put("users_visibleApps_createToManyRelationship", req -> visibleApps(req, "add"));
    handlers.put("users_visibleApps_replaceToManyRelationship", req -> visibleApps(req, "replace"));
    handlers.put("users_visibleApps_deleteToManyRelationship", req -> visibleApps(req, "remove"));
  }

  static Response update(Request req) {
    Entity user = Finder.require(req.account(), "users", req.id());
    Body body =
        Body.of(
            req,
            "users",
            Set.of("roles", "allAppsVisible", "provisioningAllowed"),
            Set.of("visibleApps"));
    if (body.attr("roles") != null) {
      ArrayNode roles = roles(body.attr("roles"), "/data/attributes/roles");
      boolean holder = isAccountHolder(user);
      boolean stays = false;
      for (JsonNode r : roles) {
        stays |= r.asText().equals("ACCOUNT_HOLDER");
      }
      if (holder != stays) {
        throw ApiException.conflict(
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
            "/data/attributes/roles",
            holder
                ? "The Account Holder role can not be removed."
                : "The Account Holder role can not be granted.");
      }
      user.attributes().set("roles", roles);
    }
    for (String flag : new String[] {"allAppsVisible", "provisioningAllowed"}) {
      if (body.attr(flag) != null) {
        user.attributes().put(flag, body.attr(flag).asBoolean());
      }
    }
    if (req.body().path("data").path("relationships").has("visibleApps")) {
      List<String> apps = body.toMany("visibleApps", "apps", false);
      user.rel("visibleApps").clear();
      user.rel("visibleApps").addAll(apps);
    }
    return Response.json(200, Documents.single(req, user));
  }

  static ArrayNode roles(JsonNode node, String pointer) {
    if (!node.isArray() || node.isEmpty()) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "An attribute value is invalid.",
          pointer,
          "roles must be a non-empty array of user roles.");
    }
    for (JsonNode r : node) {
      if (!ROLES.contains(r.asText())) {
        throw ApiException.conflict(
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
            pointer,
            "'" + r.asText() + "' is not a user role.");
      }
    }
    return (ArrayNode) node.deepCopy();
  }

  static boolean isAccountHolder(Entity user) {
    for (JsonNode r : user.attributes().path("roles")) {
      if (r.asText().equals("ACCOUNT_HOLDER")) {
        return true;
      }
    }
    return false;
  }

  static Response delete(Request req) {
    Entity user = Finder.require(req.account(), "users", req.id());
    if (isAccountHolder(user)) {
      throw new ApiException(
          409,
          "STATE_ERROR",
          "The request cannot be fulfilled because of the state of another resource.",
          "The Account Holder can not be removed from the team.",
          null);
    }
    req.account().remove("users", user.id());
    return Response.noContent();
  }

  static Response visibleApps(Request req, String mode) {
    Entity user = Finder.require(req.account(), "users", req.id());
    List<String> ids = Body.linkages(req, "apps");
    for (int i = 0; i < ids.size(); i++) {
      if (req.account().find("apps", ids.get(i)).isEmpty()) {
        throw ApiException.conflict(
            "ENTITY_ERROR.RELATIONSHIP.INVALID",
            "The provided entity includes a relationship with an invalid value",
            "/data/" + i,
            "There is no app with id '" + ids.get(i) + "'");
      }
    }
    List<String> current = user.rel("visibleApps");
    if (mode.equals("replace")) {
      current.clear();
    }
    for (String id : ids) {
      if (mode.equals("remove")) {
        current.remove(id);
      } else if (!current.contains(id)) {
        current.add(id);
      }
    }
    return Response.noContent();
  }
}
