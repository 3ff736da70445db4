package dev.ascform.sandbox.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import dev.ascform.sandbox.store.Ids;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/** Seed sections about people: users, invitations, beta testers and beta groups. */
final class SeedPeople {
  private SeedPeople() {}

  static void user(Account account, Field n, SeedLoader loader) {
    Entity e = Entity.of("users", n.text("id", Ids.uuid()));
    e.attributes()
        .put("username", n.required("email"))
        .put("firstName", n.text("firstName", ""))
        .put("lastName", n.text("lastName", ""));
    e.attributes().set("roles", roles(n));
    e.attributes()
        .put("allAppsVisible", n.node().path("allAppsVisible").asBoolean(true))
        .put("provisioningAllowed", n.node().path("provisioningAllowed").asBoolean(false));
    visibleApps(n, loader, e);
    account.put(e);
  }

  static void invitation(Account account, Field n, SeedLoader loader, Clock clock) {
    Entity e = Entity.of("userInvitations", n.text("id", Ids.uuid()));
    e.attributes()
        .put("email", n.required("email"))
        .put("firstName", n.text("firstName", ""))
        .put("lastName", n.text("lastName", ""))
        .put(
            "expirationDate",
            n.text(
                "expirationDate",
                clock
                    .instant()
                    .truncatedTo(ChronoUnit.SECONDS)
                    .plus(30, ChronoUnit.DAYS)
                    .toString()));
    e.attributes().set("roles", roles(n));
    e.attributes()
        .put("allAppsVisible", n.node().path("allAppsVisible").asBoolean(true))
        .put("provisioningAllowed", n.node().path("provisioningAllowed").asBoolean(false));
    visibleApps(n, loader, e);
    account.put(e);
  }

  static void tester(Account account, Field n, SeedLoader loader) {
    Entity e = Entity.of("betaTesters", n.text("id", Ids.uuid()));
    e.attributes()
        .put("email", n.required("email"))
        .put("inviteType", n.text("inviteType", "EMAIL"))
        .put("state", n.text("state", "ACCEPTED"));
    if (n.node().has("firstName")) {
      e.attributes().put("firstName", n.node().get("firstName").asText());
    }
    if (n.node().has("lastName")) {
      e.attributes().put("lastName", n.node().get("lastName").asText());
    }
    account.put(e);
    loader.rememberTester(e);
  }

  static void group(Account account, Field n, SeedLoader loader, Clock clock) {
    Entity app = loader.appByBundleId(n, n.required("app"));
    Entity g = Entity.of("betaGroups", n.text("id", Ids.uuid()));
    boolean internal = n.node().path("isInternalGroup").asBoolean(false);
    g.attributes()
        .put("name", n.required("name"))
        .put(
            "createdDate",
            n.text("createdDate", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString()))
        .put("isInternalGroup", internal)
        .put("hasAccessToAllBuilds", n.node().path("hasAccessToAllBuilds").asBoolean(internal))
        .put("publicLinkEnabled", n.node().path("publicLinkEnabled").asBoolean(false))
        .put("feedbackEnabled", n.node().path("feedbackEnabled").asBoolean(true));
    if (g.attributes().path("publicLinkEnabled").asBoolean()) {
      String linkId = Ids.alphanumeric(8);
      g.attributes()
          .put("publicLinkId", linkId)
          .put("publicLink", "https://testflight.apple.com/join/" + linkId);
    }
    g.setOne("app", app.id());
    for (JsonNode email : n.node().path("testers")) {
      Entity tester = loader.testerByEmail(email.asText());
      if (tester == null) {
        tester = Entity.of("betaTesters", Ids.uuid());
        tester
            .attributes()
            .put("email", email.asText())
            .put("inviteType", "EMAIL")
            .put("state", "ACCEPTED");
        account.put(tester);
        loader.rememberTester(tester);
      }
      g.rel("betaTesters").add(tester.id());
      if (!tester.rel("apps").contains(app.id())) {
        tester.rel("apps").add(app.id());
      }
    }
    for (JsonNode number : n.node().path("builds")) {
      Entity build =
          account.all("builds").stream()
              .filter(
                  b -> app.id().equals(b.one("app")) && number.asText().equals(b.text("version")))
              .findFirst()
              .orElseThrow(
                  () ->
                      n.error(
                          "builds",
                          "no build number '"
                              + number.asText()
                              + "' of "
                              + app.text("bundleId")
                              + " in the seed"));
      g.rel("builds").add(build.id());
    }
    account.put(g);
  }

  private static ArrayNode roles(Field n) {
    ArrayNode roles = JsonNodeFactory.instance.arrayNode();
    n.node().path("roles").forEach(r -> roles.add(r.asText()));
    if (roles.isEmpty()) {
      throw n.error("roles", "needs at least one role");
    }
    return roles;
  }

  private static void visibleApps(Field n, SeedLoader loader, Entity e) {
    for (JsonNode bundleId : n.node().path("visibleApps")) {
      e.rel("visibleApps").add(loader.appByBundleId(n, bundleId.asText()).id());
    }
  }
}
