package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Handler;
import dev.ascform.sandbox.http.Request;
import dev.ascform.sandbox.http.Response;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import dev.ascform.sandbox.store.Ids;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * betaTesters writes. A new tester needs an email not already used by a tester and at least one
 * beta group or build; deleting a tester removes it from every group and app.
 */
public final class BetaTesters {
  private BetaTesters() {}

  public static void register(Map<String, Handler> handlers) {
    handlers.put("betaTesters_createInstance", BetaTesters::create);
    handlers.put(
        "betaTesters_deleteInstance",
        req -> {
          Finder.require(req.account(), "betaTesters", req.id());
          req.account().remove("betaTesters", req.id());
          return Response.noContent();
        });
    handlers.put(
        "betaTesters_betaGroups_createToManyRelationship",
        req -> {
          Account account = req.account();
          Entity tester = Finder.require(account, "betaTesters", req.id());
          List<String> ids = Body.linkages(req, "betaGroups");
          for (int i = 0; i < ids.size(); i++) {
            Memberships.addTester(
                account,
                Memberships.group(account, ids.get(i), "/data/" + i),
                tester,
                "/data/" + i);
          }
          return Response.noContent();
        });
    handlers.put(
        "betaTesters_betaGroups_deleteToManyRelationship",
        req -> {
          Account account = req.account();
          Entity tester = Finder.require(account, "betaTesters", req.id());
          for (String id : Body.linkages(req, "betaGroups")) {
            account.find("betaGroups", id).ifPresent(g -> g.rel("betaTesters").remove(tester.id()));
          }
          return Response.noContent();
        });
  }

  static Response create(Request req) {
    Body body =
        Body.of(
            req,
            "betaTesters",
            Set.of("firstName", "lastName", "email"),
            Set.of("betaGroups", "builds"));
    String email = body.requireText("email");
    Account account = req.account();
    for (Entity other : account.all("betaTesters")) {
      if (email.equalsIgnoreCase(other.text("email"))) {
        throw ApiException.conflict(
            "ENTITY_ERROR.ATTRIBUTE.INVALID",
            "An attribute value is invalid.",
            "/data/attributes/email",
            "A beta tester with the email '"
                + email
                + "' already exists; add it to groups through its betaGroups relationship.");
      }
    }
    List<String> groups = body.toMany("betaGroups", "betaGroups", false);
    List<String> builds = body.toMany("builds", "builds", false);
    if (groups.isEmpty() && builds.isEmpty()) {
      throw ApiException.conflict(
          "ENTITY_ERROR.RELATIONSHIP.REQUIRED",
          "The provided entity is missing a required relationship",
          "/data/relationships/betaGroups",
          "A new beta tester must be assigned to a beta group or a build.");
    }
    Entity t = Entity.of("betaTesters", Ids.uuid());
    t.attributes().put("email", email).put("inviteType", "EMAIL").put("state", "INVITED");
    if (body.attr("firstName") != null) {
      t.attributes().put("firstName", body.attr("firstName").asText());
    }
    if (body.attr("lastName") != null) {
      t.attributes().put("lastName", body.attr("lastName").asText());
    }
    for (String g : groups) {
      Memberships.checkInternal(
          account,
          account.find("betaGroups", g).orElseThrow(),
          t,
          "/data/relationships/betaGroups");
    }
    for (String g : groups) {
      Memberships.addTester(
          account,
          account.find("betaGroups", g).orElseThrow(),
          t,
          "/data/relationships/betaGroups");
    }
    for (String b : builds) {
      t.rel("builds").add(b);
      String app = account.find("builds", b).orElseThrow().one("app");
      if (app != null && !t.rel("apps").contains(app)) {
        t.rel("apps").add(app);
      }
    }
    account.put(t);
    return Response.json(201, Documents.single(req, t));
  }
}
