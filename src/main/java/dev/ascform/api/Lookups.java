package dev.ascform.api;

import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.resources.AppsApi;
import dev.ascform.api.resources.BetaGroupsApi;
import dev.ascform.api.resources.BetaTestersApi;
import dev.ascform.api.resources.BundleIdsApi;
import dev.ascform.api.resources.CertificatesApi;
import dev.ascform.api.resources.DevicesApi;
import dev.ascform.api.resources.ProfilesApi;
import dev.ascform.api.resources.UserInvitationsApi;
import dev.ascform.api.resources.UsersApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Exact-match finders. Apple's filters are prefix/substring matches ({@code
 * filter[identifier]=com.acme.app} also returns {@code com.acme.app.widget}), so each finder
 * filters on the server, reads every page, then keeps only the exact match.
 */
public final class Lookups {
  private final AscClient client;
  private Map<String, String> appBundleIds;

  Lookups(AscClient client) {
    this.client = client;
  }

  /**
   * Every app's bundle ID by its Apple id, read once for this client (one page per 200 apps) and
   * kept: the API creates and deletes no apps, so a run that maps app ids for its reads and for its
   * writes' read-backs need not list the apps again each time.
   */
  public synchronized Map<String, String> appBundleIds() {
    if (appBundleIds == null) {
      Map<String, String> out = new HashMap<>();
      client
          .pager()
          .all(() -> client.apps().list(null, null))
          .data()
          .forEach(r -> out.put(r.id(), r.text("bundleId")));
      appBundleIds = Map.copyOf(out);
    }
    return appBundleIds;
  }

  /**
   * The Apple id of the app with this bundle ID: from {@link #appBundleIds}, else looked up now.
   */
  public Optional<String> appIdByBundleId(String bundleId) {
    for (Map.Entry<String, String> app : appBundleIds().entrySet()) {
      if (bundleId.equals(app.getValue())) {
        return Optional.of(app.getKey());
      }
    }
    return findAppByBundleId(bundleId).map(Resource::id); // an app added since the list was read
  }

  /** The bundle ID whose {@code identifier} is exactly {@code identifier}. */
  public Optional<Resource> findBundleIdByIdentifier(String identifier) {
    BundleIdsApi api = client.bundleIds();
    return exact(
        () -> api.list(identifier, null, null, null, null), "identifier", identifier, false);
  }

  /** The app whose {@code bundleId} is exactly {@code bundleId}. */
  public Optional<Resource> findAppByBundleId(String bundleId) {
    AppsApi api = client.apps();
    return exact(() -> api.list(bundleId, null), "bundleId", bundleId, false);
  }

  /** The device with this UDID (compared case-insensitively). */
  public Optional<Resource> findDeviceByUdid(String udid) {
    DevicesApi api = client.devices();
    return exact(() -> api.list(udid, null, null), "udid", udid, true);
  }

  /** The certificate with this serial number (case-insensitive hex). */
  public Optional<Resource> findCertificateBySerialNumber(String serialNumber) {
    CertificatesApi api = client.certificates();
    return exact(() -> api.list(null, serialNumber), "serialNumber", serialNumber, true);
  }

  /** The profile named exactly {@code name}. */
  public Optional<Resource> findProfileByName(String name) {
    ProfilesApi api = client.profiles();
    return exact(() -> api.list(name, null, null, null, null, null), "name", name, false);
  }

  /** The team member with this username (email, case-insensitive). */
  public Optional<Resource> findUserByUsername(String username) {
    UsersApi api = client.users();
    return exact(() -> api.list(username, null, null), "username", username, true);
  }

  /** The pending invitation for this email (case-insensitive). */
  public Optional<Resource> findUserInvitationByEmail(String email) {
    UserInvitationsApi api = client.userInvitations();
    return exact(() -> api.list(email, null, null), "email", email, true);
  }

  /** The beta tester with this email (case-insensitive). */
  public Optional<Resource> findBetaTesterByEmail(String email) {
    BetaTestersApi api = client.betaTesters();
    return exact(() -> api.list(email, null, null, null, null), "email", email, true);
  }

  /** The beta group of app {@code appId} named exactly {@code name}. */
  public Optional<Resource> findBetaGroup(String appId, String name) {
    BetaGroupsApi api = client.betaGroups();
    return exact(() -> api.list(appId, name, null, null), "name", name, false);
  }

  private Optional<Resource> exact(
      Supplier<CollectionDocument> first, String attribute, String value, boolean ignoreCase) {
    List<Resource> all = client.pager().all(first).data();
    return all.stream().filter(r -> matches(r.text(attribute), value, ignoreCase)).findFirst();
  }

  /** True when {@code actual} equals {@code wanted} (optionally ignoring case). */
  static boolean matches(String actual, String wanted, boolean ignoreCase) {
    if (actual == null || wanted == null) {
      return false;
    }
    return ignoreCase ? actual.equalsIgnoreCase(wanted) : actual.equals(wanted);
  }
}
