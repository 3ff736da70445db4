package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Handler;
import dev.ascform.sandbox.http.Request;
import dev.ascform.sandbox.http.Response;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import dev.ascform.sandbox.store.Ids;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * devices writes. UDIDs must have one of Apple's formats and be unique; each device family (device
 * class) allows 100 registrations per membership year, and disabling a device does not free its
 * slot. Devices cannot be deleted (there is no DELETE operation: 405).
 */
public final class Devices {
  /** Registrations allowed per device family per membership year. */
  public static final int FAMILY_LIMIT = 100;

  private static final Pattern UDID =
      Pattern.compile(
          "[0-9a-fA-F]{40}|[0-9a-fA-F]{8}-[0-9a-fA-F]{16}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Set<String> PLATFORMS = Set.of("IOS", "MAC_OS", "UNIVERSAL");

  private Devices() {}

  public static void register(Map<String, Handler> handlers) {
    handlers.put("devices_createInstance", Devices::create);
    handlers.put("devices_updateInstance", Devices::update);
  }

  static Response create(Request req) {
    Body body = Body.of(req, "devices", Set.of("name", "platform", "udid"), Set.of());
    String name = body.requireText("name");
    String platform = body.enumValue("platform", PLATFORMS, true);
    String udid = body.requireText("udid");
    if (!UDID.matcher(udid).matches()) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "An attribute value is invalid.",
          "/data/attributes/udid",
          "Device obsoleted or invalid UDID '"
              + udid
              + "': expected 40 hex digits, 8-16 hex digits or 8-4-4-4-12 hex digits.");
    }
    Account account = req.account();
    for (Entity other : account.all("devices")) {
      if (udid.equalsIgnoreCase(other.text("udid"))) {
        throw ApiException.conflict(
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
            "/data/attributes/udid",
            "A device with number '" + udid + "' already exists on this team.");
      }
    }
    String deviceClass = deviceClass(platform, name);
    String slot = slotKey(account, deviceClass, req.clock());
    int used = account.deviceRegistrations().getOrDefault(slot, 0);
    if (used >= FAMILY_LIMIT) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "An attribute value is invalid.",
          "/data/attributes/udid",
          "You have reached the maximum of "
              + FAMILY_LIMIT
              + " "
              + deviceClass
              + " registrations for this membership year; disabled devices still count until the"
              + " membership year ends.");
    }
    Entity e = Entity.of("devices", Ids.short10());
    e.attributes()
        .put("name", name)
        .put("platform", platform)
        .put("udid", udid)
        .put("deviceClass", deviceClass)
        .put("status", "ENABLED")
        .put("addedDate", req.clock().instant().truncatedTo(ChronoUnit.SECONDS).toString());
    account.put(e);
    account.deviceRegistrations().put(slot, used + 1);
    return Response.json(201, Documents.single(req, e));
  }

  static Response update(Request req) {
    Entity e = Finder.require(req.account(), "devices", req.id());
    Body body = Body.of(req, "devices", Set.of("name", "status"), Set.of());
    if (body.has("name")) {
      e.attributes().put("name", body.requireText("name"));
    }
    String status = body.enumValue("status", Set.of("ENABLED", "DISABLED"), false);
    if (status != null) {
      e.attributes().put("status", status);
    }
    return Response.json(200, Documents.single(req, e));
  }

  /**
   * The device class the sandbox assigns (Macs are MAC; others from the name, iPhone by default).
   */
  public static String deviceClass(String platform, String name) {
    if (platform.equals("MAC_OS")) {
      return "MAC";
    }
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("ipad")) {
      return "IPAD";
    }
    if (n.contains("watch")) {
      return "APPLE_WATCH";
    }
    if (n.contains("tv")) {
      return "APPLE_TV";
    }
    if (n.contains("vision")) {
      return "APPLE_VISION_PRO";
    }
    if (n.contains("ipod")) {
      return "IPOD";
    }
    return "IPHONE";
  }

  /**
   * The registration counter of a family in the current membership year, e.g. {@code
   * IPHONE@2026-01-01}.
   */
  public static String slotKey(Account account, String deviceClass, Clock clock) {
    LocalDate start = LocalDate.parse(account.team().membershipYearStart());
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    while (!start.plusYears(1).isAfter(today)) {
      start = start.plusYears(1);
    }
    return deviceClass + "@" + start;
  }
}
