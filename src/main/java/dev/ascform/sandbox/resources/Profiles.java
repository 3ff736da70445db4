package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Handler;
import dev.ascform.sandbox.http.Request;
import dev.ascform.sandbox.http.Response;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import dev.ascform.sandbox.store.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * profiles writes and the rules that turn profiles INVALID. Profiles are immutable (no PATCH: 405),
 * names are unique, App Store / in-house / Developer ID profiles take no devices (409 {@code
 * ENTITY_ERROR.RELATIONSHIP.NOT_ALLOWED}), development and ad hoc profiles need at least one
 * enabled device, and the certificates must be of the kind the type needs.
 */
public final class Profiles {
  static final Set<String> TYPES =
      Set.of(
          "IOS_APP_DEVELOPMENT",
          "IOS_APP_STORE",
          "IOS_APP_ADHOC",
          "IOS_APP_INHOUSE",
          "MAC_APP_DEVELOPMENT",
          "MAC_APP_STORE",
          "MAC_APP_DIRECT",
          "TVOS_APP_DEVELOPMENT",
          "TVOS_APP_STORE",
          "TVOS_APP_ADHOC",
          "TVOS_APP_INHOUSE",
          "MAC_CATALYST_APP_DEVELOPMENT",
          "MAC_CATALYST_APP_STORE",
          "MAC_CATALYST_APP_DIRECT");
  private static final Set<String> DEVELOPMENT_CERTS =
      Set.of("DEVELOPMENT", "IOS_DEVELOPMENT", "MAC_APP_DEVELOPMENT");
  private static final Set<String> DISTRIBUTION_CERTS =
      Set.of("DISTRIBUTION", "IOS_DISTRIBUTION", "MAC_APP_DISTRIBUTION");
  private static final Set<String> DIRECT_CERTS =
      Set.of("DEVELOPER_ID_APPLICATION", "DEVELOPER_ID_APPLICATION_G2");

  private Profiles() {}

  public static void register(Map<String, Handler> handlers) {
    handlers.put("profiles_createInstance", Profiles::create);
    handlers.put("profiles_deleteInstance", Profiles::delete);
  }

  static Response create(Request req) {
    Body body =
        Body.of(
            req,
            "profiles",
            Set.of("name", "profileType"),
            Set.of("bundleId", "devices", "certificates"));
    String name = body.requireText("name");
    String type = body.enumValue("profileType", TYPES, true);
    String bundleIdId = body.toOne("bundleId", "bundleIds", true);
    List<String> certificates = body.toMany("certificates", "certificates", true);
    List<String> devices = body.toMany("devices", "devices", false);
    Account account = req.account();
    for (Entity other : account.all("profiles")) {
      if (name.equals(other.text("name"))) {
        throw ApiException.conflict(
            "ENTITY_ERROR",
            "There is a problem with the request entity",
            "/data/attributes/name",
            "Multiple profiles found with the name '"
                + name
                + "'.  Please remove the duplicate profiles and try again.");
      }
    }
    checkDevices(account, type, devices);
    checkCertificates(account, type, certificates);
    Entity e =
        create(account, name, type, bundleIdId, certificates, devices, req.clock().instant());
    return Response.json(201, Documents.single(req, e));
  }

  /** Builds and stores a profile with its content (also used by seeds). */
  public static Entity create(
      Account account,
      String name,
      String type,
      String bundleIdId,
      List<String> certificates,
      List<String> devices,
      Instant now) {
    Instant created = now.truncatedTo(ChronoUnit.SECONDS);
    Instant expires = created.plus(365, ChronoUnit.DAYS);
    for (String c : certificates) {
      Entity cert = account.find("certificates", c).orElseThrow();
      if (cert.text("expirationDate") != null
          && Instant.parse(cert.text("expirationDate")).isBefore(expires)) {
        expires = Instant.parse(cert.text("expirationDate"));
      }
    }
    Entity e = Entity.of("profiles", Ids.short10());
    e.attributes()
        .put("name", name)
        .put("platform", type.startsWith("MAC_APP") ? "MAC_OS" : "IOS")
        .put("profileType", type)
        .put("profileState", "ACTIVE")
        .put("uuid", UUID.randomUUID().toString())
        .put("createdDate", created.toString())
        .put("expirationDate", expires.toString());
    e.setOne("bundleId", bundleIdId);
    e.rel("certificates").addAll(certificates);
    e.rel("devices").addAll(devices);
    e.attributes().put("profileContent", ProfileContent.render(account, e));
    account.put(e);
    return e;
  }

  private static void checkDevices(Account account, String type, List<String> devices) {
    boolean needsDevices = type.endsWith("_DEVELOPMENT") || type.endsWith("_ADHOC");
    if (!needsDevices && !devices.isEmpty()) {
      throw ApiException.conflict(
          "ENTITY_ERROR.RELATIONSHIP.NOT_ALLOWED",
          "The provided entity includes a relationship that is not allowed",
          "/data/relationships/devices",
          "No devices can be associated to Provisioning Profiles of type " + type + ".");
    }
    if (needsDevices && devices.isEmpty()) {
      throw ApiException.conflict(
          "ENTITY_ERROR.RELATIONSHIP.REQUIRED",
          "The provided entity is missing a required relationship",
          "/data/relationships/devices",
          "Provisioning Profiles of type " + type + " need at least one device.");
    }
    for (String id : devices) {
      if (!"ENABLED".equals(account.find("devices", id).orElseThrow().text("status"))) {
        throw ApiException.conflict(
            "ENTITY_ERROR.RELATIONSHIP.INVALID",
            "The provided entity includes a relationship with an invalid value",
            "/data/relationships/devices",
            "The device '" + id + "' is disabled and can not be included in a profile.");
      }
    }
  }

  private static void checkCertificates(Account account, String type, List<String> certificates) {
    Set<String> allowed =
        type.endsWith("_DEVELOPMENT")
            ? DEVELOPMENT_CERTS
            : type.endsWith("_DIRECT") ? DIRECT_CERTS : DISTRIBUTION_CERTS;
    for (String id : certificates) {
      String certType = account.find("certificates", id).orElseThrow().text("certificateType");
      if (!allowed.contains(certType)) {
        throw ApiException.conflict(
            "ENTITY_ERROR.RELATIONSHIP.INVALID",
            "The provided entity includes a relationship with an invalid value",
            "/data/relationships/certificates",
            "A " + certType + " certificate can not be used in a " + type + " profile.");
      }
    }
  }

  static Response delete(Request req) {
    Entity e = Finder.require(req.account(), "profiles", req.id());
    req.account().remove("profiles", e.id());
    return Response.noContent();
  }

  /** Marks every profile of a bundle ID INVALID (after a capability change). */
  public static void invalidateForBundleId(Account account, String bundleIdId) {
    for (Entity p : account.all("profiles")) {
      if (bundleIdId != null && bundleIdId.equals(p.one("bundleId"))) {
        p.attributes().put("profileState", "INVALID");
      }
    }
  }

  /** Marks every profile holding a certificate INVALID (after revocation). */
  public static void invalidateForCertificate(Account account, String certificateId) {
    for (Entity p : account.all("profiles")) {
      if (p.rel("certificates").contains(certificateId)) {
        p.attributes().put("profileState", "INVALID");
      }
    }
  }
}
