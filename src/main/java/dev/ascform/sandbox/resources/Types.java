package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.store.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The relationships the sandbox renders per resource type, and which attribute filters match
 * substrings (as Apple's identifier filters do) rather than whole values.
 */
public final class Types {
  /** Attributes whose filters match substrings, case-insensitively. */
  public static final Set<String> SUBSTRING_FILTERS =
      Set.of(
          "identifier",
          "name",
          "udid",
          "email",
          "username",
          "bundleId",
          "sku",
          "displayName",
          "serialNumber",
          "firstName",
          "lastName");

  private static final Map<String, List<Rel>> RELS =
      Map.ofEntries(
          Map.entry(
              "apps",
              List.of(
                  Rel.reverse("builds", "builds", "app"),
                  Rel.reverse("betaGroups", "betaGroups", "app"),
                  Rel.reverse("betaTesters", "betaTesters", "apps"))),
          Map.entry(
              "builds",
              List.of(
                  Rel.stored("app", "apps", false),
                  Rel.stored("preReleaseVersion", "preReleaseVersions", false),
                  Rel.reverse("betaGroups", "betaGroups", "builds"),
                  Rel.reverse("individualTesters", "betaTesters", "builds"))),
          Map.entry(
              "bundleIds",
              List.of(
                  Rel.reverse("profiles", "profiles", "bundleId"),
                  Rel.reverse("bundleIdCapabilities", "bundleIdCapabilities", "bundleId"),
                  new Rel("app", "apps", false, (a, e) -> appsWithBundleId(a.all("apps"), e)))),
          Map.entry("preReleaseVersions", List.of(Rel.stored("app", "apps", false))),
          Map.entry("bundleIdCapabilities", List.of()),
          Map.entry("certificates", List.of()),
          Map.entry("devices", List.of()),
          Map.entry(
              "profiles",
              List.of(
                  Rel.stored("bundleId", "bundleIds", false),
                  Rel.stored("devices", "devices", true),
                  Rel.stored("certificates", "certificates", true))),
          Map.entry("users", List.of(Rel.stored("visibleApps", "apps", true))),
          Map.entry("userInvitations", List.of(Rel.stored("visibleApps", "apps", true))),
          Map.entry(
              "betaGroups",
              List.of(
                  Rel.stored("app", "apps", false),
                  Rel.stored("builds", "builds", true),
                  Rel.stored("betaTesters", "betaTesters", true))),
          Map.entry(
              "betaTesters",
              List.of(
                  Rel.stored("apps", "apps", true),
                  Rel.reverse("betaGroups", "betaGroups", "betaTesters"),
                  Rel.stored("builds", "builds", true))));

  private Types() {}

  /** The rendered relationships of a type (empty for unknown types). */
  public static List<Rel> rels(String type) {
    return RELS.getOrDefault(type, List.of());
  }

  /** The relationship of a type with this name. */
  public static Optional<Rel> rel(String type, String name) {
    return rels(type).stream().filter(r -> r.name().equals(name)).findFirst();
  }

  private static List<String> appsWithBundleId(List<Entity> apps, Entity bundleId) {
    List<String> ids = new ArrayList<>();
    for (Entity app : apps) {
      if (bundleId.text("identifier") != null
          && bundleId.text("identifier").equals(app.text("bundleId"))) {
        ids.add(app.id());
      }
    }
    return ids;
  }
}
