package dev.ascform.sandbox.resources;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Handler;
import dev.ascform.sandbox.http.Request;
import dev.ascform.sandbox.http.Response;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import dev.ascform.sandbox.store.Ids;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * bundleIds writes. Identifiers are unique (case-insensitively) and, like the platform, immutable;
 * explicit App IDs start with In-App Purchase and Game Center enabled, as Apple's do; deleting a
 * bundle ID also deletes its capabilities and profiles, and is refused while an app uses it.
 */
public final class BundleIds {
  static final Set<String> PLATFORMS = Set.of("IOS", "MAC_OS", "UNIVERSAL", "SERVICES");
  private static final Pattern IDENTIFIER =
      Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(\\.\\*)?|\\*");

  private BundleIds() {}

  public static void register(Map<String, Handler> handlers) {
    handlers.put("bundleIds_createInstance", BundleIds::create);
    handlers.put("bundleIds_updateInstance", BundleIds::update);
    handlers.put("bundleIds_deleteInstance", BundleIds::delete);
  }

  static Response create(Request req) {
    Body body =
        Body.of(req, "bundleIds", Set.of("name", "platform", "identifier", "seedId"), Set.of());
    String name = body.requireText("name");
    String platform = body.enumValue("platform", PLATFORMS, true);
    String identifier = body.requireText("identifier");
    if (!IDENTIFIER.matcher(identifier).matches()) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "An attribute value is invalid.",
          "/data/attributes/identifier",
          "'"
              + identifier
              + "' is not a valid identifier: use reverse-DNS letters, digits, hyphens and periods,"
              + " optionally ending in '.*'.");
    }
    Account account = req.account();
    for (Entity other : account.all("bundleIds")) {
      if (identifier.equalsIgnoreCase(other.text("identifier"))) {
        throw ApiException.conflict(
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
            "/data/attributes/identifier",
            "An App ID with Identifier '"
                + identifier
                + "' is not available. Please enter a different string.");
      }
    }
    Entity e = Entity.of("bundleIds", Ids.short10());
    e.attributes().put("name", name).put("platform", platform).put("identifier", identifier);
    String seedId =
        body.attr("seedId") == null ? account.team().teamId() : body.attr("seedId").asText();
    e.attributes().put("seedId", seedId);
    account.put(e);
    if (!identifier.endsWith("*")) {
      Capabilities.add(account, e, "IN_APP_PURCHASE");
      Capabilities.add(account, e, "GAME_CENTER");
    }
    return Response.json(201, Documents.single(req, e));
  }

  static Response update(Request req) {
    Entity e = Finder.require(req.account(), "bundleIds", req.id());
    Body body = Body.of(req, "bundleIds", Set.of("name", "identifier", "platform"), Set.of());
    for (String fixed : new String[] {"identifier", "platform"}) {
      if (body.has(fixed)) {
        throw ApiException.conflict(
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
            "/data/attributes/" + fixed,
            "The attribute '"
                + fixed
                + "' of a bundle ID can not be changed. Delete the bundle ID and create a new"
                + " one.");
      }
    }
    if (body.has("name")) {
      e.attributes().put("name", body.requireText("name"));
    }
    return Response.json(200, Documents.single(req, e));
  }

  static Response delete(Request req) {
    Account account = req.account();
    Entity e = Finder.require(account, "bundleIds", req.id());
    for (Entity app : account.all("apps")) {
      if (e.text("identifier")
          .toLowerCase(Locale.ROOT)
          .equals(String.valueOf(app.text("bundleId")).toLowerCase(Locale.ROOT))) {
        throw new ApiException(
            409,
            "STATE_ERROR",
            "The request cannot be fulfilled because of the state of another resource.",
            "The App ID '"
                + e.text("identifier")
                + "' is used by the app '"
                + app.text("name")
                + "' and can not be deleted.",
            null);
      }
    }
    for (String type : new String[] {"bundleIdCapabilities", "profiles"}) {
      for (Entity child : account.all(type)) {
        if (e.id().equals(child.one("bundleId"))) {
          account.remove(type, child.id());
        }
      }
    }
    account.remove("bundleIds", e.id());
    return Response.noContent();
  }

  static com.fasterxml.jackson.databind.node.ArrayNode emptyArray() {
    return JsonNodeFactory.instance.arrayNode();
  }
}
