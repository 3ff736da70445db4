package dev.ascform.kinds;

import dev.ascform.api.AscClient;
import dev.ascform.api.PagedResult;
import dev.ascform.api.http.RequestPriority;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import dev.ascform.api.resources.Attributes;
import dev.ascform.live.LiveReads;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The shared collection reads of the people kinds, one request per page of 200: {@code GET
 * /v1/apps}, {@code GET /v1/users?include=visibleApps}, {@code GET
 * /v1/userInvitations?include=visibleApps}, {@code GET /v1/betaGroups?include=app,builds} and
 * {@code GET /v1/betaTesters?include=betaGroups} (relationship endpoints only past Apple's include
 * cap).
 */
final class PeopleReads {
  static final String APPS = "apps";
  static final String USERS = "users";
  static final String INVITATIONS = "userInvitations";
  static final String GROUPS = "betaGroups";
  static final String TESTERS = "betaTesters";

  private PeopleReads() {}

  private static final Function<AscClient, Map<String, String>> READ_APPS =
      c -> c.lookups().appBundleIds();
  private static final Function<AscClient, PagedResult> READ_USERS =
      c -> c.pager().all(() -> c.users().list(null, "visibleApps", 50));
  private static final Function<AscClient, PagedResult> READ_INVITATIONS =
      c -> c.pager().all(() -> c.userInvitations().list(null, "visibleApps", 50));
  private static final Function<AscClient, PagedResult> READ_GROUPS =
      c -> c.pager().all(() -> c.betaGroups().list(null, null, "app,builds", null));
  private static final Function<AscClient, List<TesterGroups>> READ_TESTERS =
      c -> {
        List<TesterGroups> out = new ArrayList<>();
        // its first page ahead of other collections' first pages: the testers' chain is the longest
        for (Resource r :
            c.pager()
                .all(() -> RequestPriority.with(1, () -> c.betaTesters().memberships(50)))
                .data()) {
          List<String> groups =
              c
                  .relationships()
                  .refs(r, "betaGroups", () -> c.betaTesters().betaGroupIds(r.id()))
                  .stream()
                  .map(ResourceRef::id)
                  .toList();
          out.add(new TesterGroups(r, groups));
        }
        return List.copyOf(out);
      };

  /**
   * Starts the named shared reads, the testers first: in a large account theirs is the longest
   * chain of pages by far (8,000 testers are 40 pages; apps, users and groups one or two each).
   */
  static void prefetch(LiveReads reads, String... names) {
    List<String> wanted = List.of(names);
    for (String name : List.of(TESTERS, USERS, INVITATIONS, GROUPS, APPS)) {
      if (!wanted.contains(name)) {
        continue;
      }
      switch (name) {
        case TESTERS -> reads.prefetch(TESTERS, READ_TESTERS);
        case USERS -> reads.prefetch(USERS, READ_USERS);
        case INVITATIONS -> reads.prefetch(INVITATIONS, READ_INVITATIONS);
        case GROUPS -> reads.prefetch(GROUPS, READ_GROUPS);
        default -> reads.prefetch(APPS, READ_APPS);
      }
    }
  }

  /** App Apple id to bundle identifier. */
  static Map<String, String> appBundleIds(LiveReads reads) {
    return reads.shared(APPS, READ_APPS);
  }

  /** The Apple id of the app with this bundle identifier (apps are read once per run). */
  static String appId(AscClient c, String bundleId) {
    return c.lookups()
        .appIdByBundleId(bundleId)
        .orElseThrow(
            () ->
                new IllegalStateException("no app with bundle ID " + bundleId + " in the account"));
  }

  static List<Resource> users(LiveReads reads) {
    return reads.<PagedResult>shared(USERS, READ_USERS).data();
  }

  static List<Resource> invitations(LiveReads reads) {
    return reads.<PagedResult>shared(INVITATIONS, READ_INVITATIONS).data();
  }

  /**
   * App Apple id to bundle identifier for users' and invitations' visible apps: {@code /v1/apps}
   * and the apps their reads included ({@code include=visibleApps}).
   */
  static Map<String, String> peopleApps(LiveReads reads) {
    Map<String, String> out = new HashMap<>(appBundleIds(reads));
    includedApps(reads.<PagedResult>shared(USERS, READ_USERS), out);
    includedApps(reads.<PagedResult>shared(INVITATIONS, READ_INVITATIONS), out);
    return out;
  }

  private static void includedApps(PagedResult page, Map<String, String> out) {
    for (Resource r : page.included()) {
      String bundleId = "apps".equals(r.type()) ? bundleIdOfApp(r) : null;
      if (bundleId != null) {
        out.put(r.id(), bundleId);
      }
    }
  }

  /** The bundle identifier of an app resource. */
  static String bundleIdOfApp(Resource app) {
    return app.attributesAs(Attributes.App.class).bundleId();
  }

  static List<Resource> groups(LiveReads reads) {
    return reads.<PagedResult>shared(GROUPS, READ_GROUPS).data();
  }

  /**
   * App Apple id to bundle identifier for the groups' apps: {@code /v1/apps}, and the apps the
   * groups' read included ({@code include=app}), which name an app even where the app list leaves
   * it out.
   */
  static Map<String, String> groupApps(LiveReads reads) {
    Map<String, String> out = new HashMap<>(appBundleIds(reads));
    includedApps(reads.<PagedResult>shared(GROUPS, READ_GROUPS), out);
    return out;
  }

  /** Every tester with the complete list of its group ids. */
  static List<TesterGroups> testers(LiveReads reads) {
    return reads.shared(TESTERS, READ_TESTERS);
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
