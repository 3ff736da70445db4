package dev.ascform.sandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Handler;
import dev.ascform.sandbox.http.Request;
import dev.ascform.sandbox.http.Response;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * bundleIdCapabilities writes. ICLOUD, DATA_PROTECTION and APPLE_ID_AUTH need their setting; a
 * capability is enabled once per bundle ID; every change turns the bundle ID's profiles INVALID.
 * The id is {@code <bundleId id>_<capabilityType>} as Apple's is.
 */
public final class Capabilities {
  private static final Map<String, String> REQUIRED_SETTING =
      Map.of(
          "ICLOUD", "ICLOUD_VERSION",
          "DATA_PROTECTION", "DATA_PROTECTION_PERMISSION_LEVEL",
          "APPLE_ID_AUTH", "APPLE_ID_AUTH_APP_CONSENT");
  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private Capabilities() {}

  public static void register(Map<String, Handler> handlers) {
    handlers.put("bundleIdCapabilities_createInstance", Capabilities::create);
    handlers.put("bundleIdCapabilities_updateInstance", Capabilities::update);
    handlers.put("bundleIdCapabilities_deleteInstance", Capabilities::delete);
  }

  /** Enables a capability without settings (used for the defaults of new App IDs and seeds). */
  public static Entity add(Account account, Entity bundleId, String type) {
    Entity cap = Entity.of("bundleIdCapabilities", bundleId.id() + "_" + type);
    cap.attributes().put("capabilityType", type);
    cap.attributes().putArray("settings");
    cap.setOne("bundleId", bundleId.id());
    account.put(cap);
    return cap;
  }

  static Response create(Request req) {
    Body body =
        Body.of(
            req, "bundleIdCapabilities", Set.of("capabilityType", "settings"), Set.of("bundleId"));
    String type = body.requireText("capabilityType");
    if (!TYPE.matcher(type).matches()) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "An attribute value is invalid.",
          "/data/attributes/capabilityType",
          "'" + type + "' is not a capability type.");
    }
    String bundleIdId = body.toOne("bundleId", "bundleIds", true);
    Account account = req.account();
    Entity bundleId = Finder.require(account, "bundleIds", bundleIdId);
    if (account.find("bundleIdCapabilities", bundleIdId + "_" + type).isPresent()) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "An attribute value is invalid.",
          "/data/attributes/capabilityType",
          "The capability '"
              + type
              + "' is already enabled for '"
              + bundleId.text("identifier")
              + "'.");
    }
    ArrayNode settings = settings(body.attr("settings"));
    checkSettings(type, settings);
    Entity cap = add(account, bundleId, type);
    cap.attributes().set("settings", settings);
    Profiles.invalidateForBundleId(account, bundleIdId);
    return Response.json(201, Documents.single(req, cap));
  }

  static Response update(Request req) {
    Account account = req.account();
    Entity cap = Finder.require(account, "bundleIdCapabilities", req.id());
    Body body =
        Body.of(req, "bundleIdCapabilities", Set.of("capabilityType", "settings"), Set.of());
    String type = cap.text("capabilityType");
    if (body.attr("capabilityType") != null && !type.equals(body.attr("capabilityType").asText())) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "An attribute value is invalid.",
          "/data/attributes/capabilityType",
          "The capability type can not be changed; disable this capability and enable the other"
              + " one.");
    }
    if (body.has("settings")) {
      ArrayNode settings = settings(body.attr("settings"));
      checkSettings(type, settings);
      cap.attributes().set("settings", settings);
      Profiles.invalidateForBundleId(account, cap.one("bundleId"));
    }
    return Response.json(200, Documents.single(req, cap));
  }

  static Response delete(Request req) {
    Account account = req.account();
    Entity cap = Finder.require(account, "bundleIdCapabilities", req.id());
    account.remove("bundleIdCapabilities", cap.id());
    Profiles.invalidateForBundleId(account, cap.one("bundleId"));
    return Response.noContent();
  }

  private static ArrayNode settings(JsonNode node) {
    if (node == null) {
      return BundleIds.emptyArray();
    }
    if (!node.isArray()) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "An attribute value is invalid.",
          "/data/attributes/settings",
          "settings must be an array of capability settings.");
    }
    return (ArrayNode) node.deepCopy();
  }

  private static void checkSettings(String type, ArrayNode settings) {
    String key = REQUIRED_SETTING.get(type);
    if (key == null) {
      return;
    }
    for (JsonNode setting : settings) {
      if (key.equals(setting.path("key").asText()) && setting.path("options").size() > 0) {
        return;
      }
    }
    throw ApiException.conflict(
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "An attribute value is invalid.",
        "/data/attributes/settings",
        "The capability '" + type + "' requires the setting '" + key + "' with one option.");
  }
}
