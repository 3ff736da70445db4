package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Handler;
import dev.ascform.sandbox.http.Request;
import dev.ascform.sandbox.http.Response;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import dev.ascform.sandbox.store.Ids;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * betaGroups writes and their betaTesters / builds relationships. Names are unique per app; {@code
 * isInternalGroup} and {@code hasAccessToAllBuilds} are fixed after creation (409); see {@link
 * Memberships} for the membership rules.
 */
public final class BetaGroups {
  private static final Set<String> UPDATABLE =
      Set.of(
          "name",
          "publicLinkEnabled",
          "publicLinkLimitEnabled",
          "publicLinkLimit",
          "feedbackEnabled",
          "iosBuildsAvailableForAppleSiliconMac",
          "iosBuildsAvailableForAppleVision");

  private BetaGroups() {}

  public static void register(Map<String, Handler> handlers) {
    handlers.put("betaGroups_createInstance", BetaGroups::create);
    handlers.put("betaGroups_updateInstance", BetaGroups::update);
    handlers.put(
        "betaGroups_deleteInstance",
        req -> {
          Finder.require(req.account(), "betaGroups", req.id());
          req.account().remove("betaGroups", req.id());
          return Response.noContent();
        });
    handlers.put("betaGroups_betaTesters_createToManyRelationship", BetaGroups::addTesters);
    handlers.put(
        "betaGroups_betaTesters_deleteToManyRelationship",
        req -> {
          Entity group = Finder.require(req.account(), "betaGroups", req.id());
          group.rel("betaTesters").removeAll(Body.linkages(req, "betaTesters"));
          return Response.noContent();
        });
    handlers.put(
        "betaGroups_builds_createToManyRelationship",
        req -> {
          Entity group = Finder.require(req.account(), "betaGroups", req.id());
          Memberships.addBuilds(req.account(), group, Body.linkages(req, "builds"), "/data");
          return Response.noContent();
        });
    handlers.put(
        "betaGroups_builds_deleteToManyRelationship",
        req -> {
          Entity group = Finder.require(req.account(), "betaGroups", req.id());
          group.rel("builds").removeAll(Body.linkages(req, "builds"));
          return Response.noContent();
        });
  }

  static Response create(Request req) {
    Body body =
        Body.of(
            req,
            "betaGroups",
            Set.of(
                "name",
                "isInternalGroup",
                "hasAccessToAllBuilds",
                "publicLinkEnabled",
                "publicLinkLimitEnabled",
                "publicLinkLimit",
                "feedbackEnabled"),
            Set.of("app", "builds", "betaTesters"));
    String name = body.requireText("name");
    String appId = body.toOne("app", "apps", true);
    Account account = req.account();
    for (Entity other : account.all("betaGroups")) {
      if (appId.equals(other.one("app")) && name.equals(other.text("name"))) {
        throw ApiException.conflict(
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
            "/data/attributes/name",
            "The app already has a beta group named '" + name + "'.");
      }
    }
    Entity g = Entity.of("betaGroups", Ids.uuid());
    boolean internal = flag(body, "isInternalGroup", false);
    g.attributes()
        .put("name", name)
        .put("createdDate", req.clock().instant().truncatedTo(ChronoUnit.SECONDS).toString())
        .put("isInternalGroup", internal)
        .put("hasAccessToAllBuilds", flag(body, "hasAccessToAllBuilds", internal))
        .put("feedbackEnabled", flag(body, "feedbackEnabled", true));
    g.setOne("app", appId);
    applyPublicLink(body, g);
    List<String> builds = body.toMany("builds", "builds", false);
    List<String> testers = body.toMany("betaTesters", "betaTesters", false);
    Memberships.addBuilds(account, g, builds, "/data/relationships/builds");
    for (String t : testers) {
      Memberships.addTester(
          account,
          g,
          Memberships.tester(account, t, "/data/relationships/betaTesters"),
          "/data/relationships/betaTesters");
    }
    account.put(g);
    return Response.json(201, Documents.single(req, g));
  }

  private static boolean flag(Body body, String name, boolean fallback) {
    return body.attr(name) == null ? fallback : body.attr(name).asBoolean();
  }

  private static void applyPublicLink(Body body, Entity g) {
    if (g.attributes().path("isInternalGroup").asBoolean()
        && flag(body, "publicLinkEnabled", false)) {
      throw ApiException.conflict(
          "ENTITY_ERROR.ATTRIBUTE.INVALID",
          "An attribute value is invalid.",
          "/data/attributes/publicLinkEnabled",
          "Internal groups can not have a public link.");
    }
    for (String f :
        new String[] {
          "publicLinkEnabled",
          "publicLinkLimitEnabled",
          "feedbackEnabled",
          "iosBuildsAvailableForAppleSiliconMac",
          "iosBuildsAvailableForAppleVision"
        }) {
      if (body.attr(f) != null) {
        g.attributes().put(f, body.attr(f).asBoolean());
      }
    }
    if (body.attr("publicLinkLimit") != null) {
      int limit = body.attr("publicLinkLimit").asInt();
      if (limit < 1 || limit > 10000) {
        throw ApiException.conflict(
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
            "/data/attributes/publicLinkLimit",
            "publicLinkLimit must be between 1 and 10000.");
      }
      g.attributes().put("publicLinkLimit", limit);
    }
    if (g.attributes().path("publicLinkEnabled").asBoolean()
        && !g.attributes().has("publicLinkId")) {
      String linkId = Ids.alphanumeric(8);
      g.attributes()
          .put("publicLinkId", linkId)
          .put("publicLink", "https://testflight.apple.com/join/" + linkId);
    }
  }

  static Response update(Request req) {
    Entity g = Finder.require(req.account(), "betaGroups", req.id());
    for (String fixed : new String[] {"isInternalGroup", "hasAccessToAllBuilds"}) {
      if (req.body() != null && req.body().path("data").path("attributes").has(fixed)) {
        throw ApiException.conflict(
            "ENTITY_ERROR.ATTRIBUTE.UNKNOWN",
            "The provided entity includes an unknown attribute",
            "/data/attributes/" + fixed,
            "'"
                + fixed
                + "' is fixed when a beta group is created and can not be updated; delete the group"
                + " and create a new one.");
      }
    }
    Body body = Body.of(req, "betaGroups", UPDATABLE, Set.of());
    if (body.has("name")) {
      g.attributes().put("name", body.requireText("name"));
    }
    applyPublicLink(body, g);
    return Response.json(200, Documents.single(req, g));
  }

  static Response addTesters(Request req) {
    Account account = req.account();
    Entity group = Finder.require(account, "betaGroups", req.id());
    List<String> ids = Body.linkages(req, "betaTesters");
    for (int i = 0; i < ids.size(); i++) {
      Memberships.addTester(
          account, group, Memberships.tester(account, ids.get(i), "/data/" + i), "/data/" + i);
    }
    return Response.noContent();
  }
}
