package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import java.util.List;
import java.util.Map;

/**
 * Beta group memberships, shared by the group side and the tester side: internal groups take only
 * team members (409 {@code STATE_ERROR}); re-adding a member is 409; builds must belong to the
 * group's app, and an internal group with access to all builds takes no explicit builds (422).
 */
final class Memberships {
  private Memberships() {}

  static void addTester(Account account, Entity group, Entity tester, String pointer) {
    if (group.rel("betaTesters").contains(tester.id())) {
      throw ApiException.conflict(
          "ENTITY_ERROR.RELATIONSHIP.INVALID",
          "The provided entity includes a relationship with an invalid value",
          pointer,
          "The tester '"
              + tester.text("email")
              + "' is already in the beta group '"
              + group.text("name")
              + "'.");
    }
    checkInternal(account, group, tester, pointer);
    group.rel("betaTesters").add(tester.id());
    String app = group.one("app");
    if (app != null && !tester.rel("apps").contains(app)) {
      tester.rel("apps").add(app);
    }
  }

  static void checkInternal(Account account, Entity group, Entity tester, String pointer) {
    if (!group.attributes().path("isInternalGroup").asBoolean()) {
      return;
    }
    boolean member =
        account.all("users").stream()
            .anyMatch(
                u ->
                    u.text("username") != null
                        && u.text("username").equalsIgnoreCase(tester.text("email")));
    if (!member) {
      throw new ApiException(
          409,
          "STATE_ERROR",
          "The request cannot be fulfilled because of the state of another resource.",
          "'"
              + tester.text("email")
              + "' is not a member of the App Store Connect team; internal groups only take team"
              + " members.",
          pointer == null ? null : Map.of("pointer", pointer));
    }
  }

  static void addBuilds(Account account, Entity group, List<String> buildIds, String pointer) {
    if (group.attributes().path("isInternalGroup").asBoolean()
        && group.attributes().path("hasAccessToAllBuilds").asBoolean()
        && !buildIds.isEmpty()) {
      throw new ApiException(
          422,
          "ENTITY_UNPROCESSABLE",
          "The request entity is not processable",
          "The internal group '"
              + group.text("name")
              + "' has access to all builds; builds can not be assigned to it.",
          Map.of("pointer", pointer));
    }
    for (String id : buildIds) {
      Entity build =
          account
              .find("builds", id)
              .orElseThrow(
                  () ->
                      ApiException.conflict(
                          "ENTITY_ERROR.RELATIONSHIP.INVALID",
                          "The provided entity includes a relationship with an invalid value",
                          pointer,
                          "There is no build with id '" + id + "'"));
      if (!build.rel("app").equals(group.rel("app"))) {
        throw ApiException.conflict(
            "ENTITY_ERROR.RELATIONSHIP.INVALID",
            "The provided entity includes a relationship with an invalid value",
            pointer,
            "The build '" + id + "' belongs to another app.");
      }
      if (!group.rel("builds").contains(id)) {
        group.rel("builds").add(id);
      }
    }
  }

  static Entity tester(Account account, String id, String pointer) {
    return account
        .find("betaTesters", id)
        .orElseThrow(
            () ->
                ApiException.conflict(
                    "ENTITY_ERROR.RELATIONSHIP.INVALID",
                    "The provided entity includes a relationship with an invalid value",
                    pointer,
                    "There is no beta tester with id '" + id + "'"));
  }

  static Entity group(Account account, String id, String pointer) {
    return account
        .find("betaGroups", id)
        .orElseThrow(
            () ->
                ApiException.conflict(
                    "ENTITY_ERROR.RELATIONSHIP.INVALID",
                    "The provided entity includes a relationship with an invalid value",
                    pointer,
                    "There is no beta group with id '" + id + "'"));
  }
}
