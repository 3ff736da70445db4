package dev.ascform.api.resources;

import dev.ascform.api.jsonapi.ResourceRef;
import dev.ascform.api.jsonapi.ToManyRequest;
import dev.ascform.api.jsonapi.WriteRequest;
import java.util.List;

/**
 * Builds the request bodies ascform sends, one factory per operation. A null argument means "do not
 * send this attribute or relationship". The conformance test validates each against Apple's OpenAPI
 * schema.
 */
public final class Requests {
  private Requests() {}

  /** {@code POST /v1/bundleIds}; {@code seedId} optional. */
  public static WriteRequest bundleIdCreate(
      String identifier, String name, String platform, String seedId) {
    return WriteRequest.create("bundleIds")
        .attr("identifier", identifier)
        .attr("name", name)
        .attr("platform", platform)
        .attr("seedId", seedId)
        .build();
  }

  /** {@code PATCH /v1/bundleIds/{id}}: only the name can change. */
  public static WriteRequest bundleIdUpdate(String id, String name) {
    return WriteRequest.update("bundleIds", id).attr("name", name).build();
  }

  /** {@code POST /v1/bundleIdCapabilities}; {@code settings} may be null. */
  public static WriteRequest capabilityCreate(
      String bundleIdId, String capabilityType, List<CapabilitySetting> settings) {
    return WriteRequest.create("bundleIdCapabilities")
        .attr("capabilityType", capabilityType)
        .attr("settings", settings)
        .toOne("bundleId", ref("bundleIds", bundleIdId))
        .build();
  }

  /** {@code PATCH /v1/bundleIdCapabilities/{id}}. */
  public static WriteRequest capabilityUpdate(
      String id, String capabilityType, List<CapabilitySetting> settings) {
    return WriteRequest.update("bundleIdCapabilities", id)
        .attr("capabilityType", capabilityType)
        .attr("settings", settings)
        .build();
  }

  /** {@code POST /v1/certificates} from a PEM or base64 CSR. */
  public static WriteRequest certificateCreate(String csrContent, String certificateType) {
    return WriteRequest.create("certificates")
        .attr("csrContent", csrContent)
        .attr("certificateType", certificateType)
        .build();
  }

  /** {@code PATCH /v1/certificates/{id}}: only {@code activated}. */
  public static WriteRequest certificateUpdate(String id, Boolean activated) {
    return WriteRequest.update("certificates", id).attr("activated", activated).build();
  }

  /** {@code POST /v1/devices}. */
  public static WriteRequest deviceCreate(String name, String udid, String platform) {
    return WriteRequest.create("devices")
        .attr("name", name)
        .attr("udid", udid)
        .attr("platform", platform)
        .build();
  }

  /** {@code PATCH /v1/devices/{id}}: {@code name} and/or {@code status} (ENABLED, DISABLED). */
  public static WriteRequest deviceUpdate(String id, String name, String status) {
    return WriteRequest.update("devices", id).attr("name", name).attr("status", status).build();
  }

  /** {@code POST /v1/profiles}; {@code deviceIds} null or empty for store profiles. */
  public static WriteRequest profileCreate(
      String name,
      String profileType,
      String bundleIdId,
      List<String> certificateIds,
      List<String> deviceIds) {
    return WriteRequest.create("profiles")
        .attr("name", name)
        .attr("profileType", profileType)
        .toOne("bundleId", ref("bundleIds", bundleIdId))
        .toMany("certificates", refs("certificates", certificateIds))
        .toMany("devices", deviceIds == null ? null : refs("devices", deviceIds))
        .build();
  }

  /** {@code PATCH /v1/users/{id}}; {@code visibleAppIds} null leaves visible apps alone. */
  public static WriteRequest userUpdate(
      String id,
      List<String> roles,
      Boolean allAppsVisible,
      Boolean provisioningAllowed,
      List<String> visibleAppIds) {
    return WriteRequest.update("users", id)
        .attr("roles", roles)
        .attr("allAppsVisible", allAppsVisible)
        .attr("provisioningAllowed", provisioningAllowed)
        .toMany("visibleApps", visibleAppIds == null ? null : refs("apps", visibleAppIds))
        .build();
  }

  /** {@code POST /v1/userInvitations}. */
  public static WriteRequest userInvitationCreate(
      String email,
      String firstName,
      String lastName,
      List<String> roles,
      Boolean allAppsVisible,
      Boolean provisioningAllowed,
      List<String> visibleAppIds) {
    return WriteRequest.create("userInvitations")
        .attr("email", email)
        .attr("firstName", firstName)
        .attr("lastName", lastName)
        .attr("roles", roles)
        .attr("allAppsVisible", allAppsVisible)
        .attr("provisioningAllowed", provisioningAllowed)
        .toMany("visibleApps", visibleAppIds == null ? null : refs("apps", visibleAppIds))
        .build();
  }

  /** Attributes of a beta group (null = not sent). */
  public record BetaGroupAttributes(
      String name,
      Boolean isInternalGroup,
      Boolean hasAccessToAllBuilds,
      Boolean publicLinkEnabled,
      Boolean publicLinkLimitEnabled,
      Integer publicLinkLimit,
      Boolean feedbackEnabled) {}

  /** {@code POST /v1/betaGroups} for app {@code appId}. */
  public static WriteRequest betaGroupCreate(String appId, BetaGroupAttributes a) {
    return WriteRequest.create("betaGroups")
        .attr("name", a.name())
        .attr("isInternalGroup", a.isInternalGroup())
        .attr("hasAccessToAllBuilds", a.hasAccessToAllBuilds())
        .attr("publicLinkEnabled", a.publicLinkEnabled())
        .attr("publicLinkLimitEnabled", a.publicLinkLimitEnabled())
        .attr("publicLinkLimit", a.publicLinkLimit())
        .attr("feedbackEnabled", a.feedbackEnabled())
        .toOne("app", ref("apps", appId))
        .build();
  }

  /**
   * {@code PATCH /v1/betaGroups/{id}}: {@code isInternalGroup}/{@code hasAccessToAllBuilds} are
   * ignored (immutable).
   */
  public static WriteRequest betaGroupUpdate(String id, BetaGroupAttributes a) {
    return WriteRequest.update("betaGroups", id)
        .attr("name", a.name())
        .attr("publicLinkEnabled", a.publicLinkEnabled())
        .attr("publicLinkLimitEnabled", a.publicLinkLimitEnabled())
        .attr("publicLinkLimit", a.publicLinkLimit())
        .attr("feedbackEnabled", a.feedbackEnabled())
        .build();
  }

  /** {@code POST /v1/betaTesters} into the given groups. */
  public static WriteRequest betaTesterCreate(
      String email, String firstName, String lastName, List<String> betaGroupIds) {
    return WriteRequest.create("betaTesters")
        .attr("email", email)
        .attr("firstName", firstName)
        .attr("lastName", lastName)
        .toMany("betaGroups", refs("betaGroups", betaGroupIds))
        .build();
  }

  /** A to-many relationship body of identifiers of one type. */
  public static ToManyRequest linkages(String type, List<String> ids) {
    return ToManyRequest.of(type, ids);
  }

  private static ResourceRef ref(String type, String id) {
    return id == null ? null : new ResourceRef(type, id);
  }

  private static List<ResourceRef> refs(String type, List<String> ids) {
    return ids == null ? null : ids.stream().map(id -> new ResourceRef(type, id)).toList();
  }
}
