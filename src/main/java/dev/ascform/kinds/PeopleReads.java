package dev.ascform.kinds;

import dev.ascform.api.AscClient;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import dev.ascform.live.LiveReads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The shared collection reads of the people kinds, one request per page of 200:
 * {@code GET /v1/apps}, {@code GET /v1/users?include=visibleApps}, {@code GET
 * /v1/userInvitations?include=visibleApps}, {@code GET /v1/betaGroups?include=app,builds} and {@code GET
 * /v1/betaTesters?include=betaGroups} (relationship endpoints only past Apple's include cap).
 */
final class PeopleReads {
  static final String APPS = "apps";
  static final String USERS = "users";
  static final String INVITATIONS = "userInvitations";
  static final String GROUPS = "betaGroups";
  static final String TESTERS = "betaTesters";

  private PeopleReads() {}

  /** App Apple id to bundle identifier. */
  static Map<String, String> appBundleIds(LiveReads reads) {
    return reads.shared(APPS, c -> {
      Map<String, String> out = new HashMap<>();
      c.pager().all(() -> c.apps().list(null, null)).data()
          .forEach(r -> out.put(r.id(), r.text("bundleId")));
      return Map.copyOf(out);
    });
  }

  /** The Apple id of the app with this bundle identifier, read now. */
  static String appId(AscClient c, String bundleId) {
    return c.lookups().findAppByBundleId(bundleId).map(Resource::id).orElseThrow(() ->
        new IllegalStateException("no app with bundle ID " + bundleId + " in the account"));
  }

  static List<Resource> users(LiveReads reads) {
    return reads.shared(USERS, c -> c.pager().all(() -> c.users().list(null, "visibleApps",
        50)).data());
  }

  static List<Resource> invitations(LiveReads reads) {
    return reads.shared(INVITATIONS, c -> c.pager().all(() -> c.userInvitations().list(null,
        "visibleApps", 50)).data());
  }

  static List<Resource> groups(LiveReads reads) {
    return reads.shared(GROUPS, c -> c.pager().all(() -> c.betaGroups().list(null, null, "app,builds",
        null)).data());
  }

  /** Every tester with the complete list of its group ids. */
  static List<TesterGroups> testers(LiveReads reads) {
    return reads.shared(TESTERS, c -> {
      List<TesterGroups> out = new ArrayList<>();
      for (Resource r : c.pager().all(() -> c.betaTesters().list(null, null, null, "betaGroups",
          50)).data()) {
        List<String> groups = c.relationships().refs(r, "betaGroups",
            () -> c.betaTesters().betaGroupIds(r.id())).stream().map(ResourceRef::id).toList();
        out.add(new TesterGroups(r, groups));
      }
      return List.copyOf(out);
    });
  }

  /** A tester and the ids of its groups. */
  record TesterGroups(Resource tester, List<String> groupIds) {}

  /** The sorted bundle ids of app refs. */
  static List<String> bundleIds(List<ResourceRef> apps, Map<String, String> byId) {
    TreeSet<String> out = new TreeSet<>();
    apps.forEach(a -> out.add(byId.getOrDefault(a.id(), a.id())));
    return List.copyOf(out);
  }
}
