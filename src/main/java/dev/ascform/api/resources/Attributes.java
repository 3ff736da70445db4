package dev.ascform.api.resources;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Typed views of the attributes ascform reads, for {@code
 * Resource.attributesAs(Attributes.Device.class)}. Enumerations are open strings and dates stay
 * ISO-8601 text, so values newer than this code never fail to parse; unknown attributes are
 * ignored.
 */
public final class Attributes {
  private Attributes() {}

  /** {@code apps}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record App(String name, String bundleId, String sku, String primaryLocale) {}

  /** {@code builds}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Build(
      String version,
      String uploadedDate,
      String expirationDate,
      Boolean expired,
      String processingState,
      String minOsVersion,
      Boolean usesNonExemptEncryption) {}

  /** {@code bundleIds}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record BundleId(String identifier, String name, String platform, String seedId) {}

  /** {@code bundleIdCapabilities}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Capability(String capabilityType, List<CapabilitySetting> settings) {}

  /** {@code certificates}; {@code certificateContent} is the public base64 DER certificate. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Certificate(
      String name,
      String certificateType,
      String displayName,
      String serialNumber,
      String platform,
      String expirationDate,
      String certificateContent,
      Boolean activated) {}

  /** {@code devices}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Device(
      String name,
      String platform,
      String udid,
      String deviceClass,
      String status,
      String model,
      String addedDate) {}

  /** {@code profiles}; {@code profileContent} is the base64 {@code .mobileprovision}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Profile(
      String name,
      String platform,
      String profileType,
      String profileState,
      String profileContent,
      String uuid,
      String createdDate,
      String expirationDate) {}

  /** {@code users}; {@code username} is the email. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record User(
      String username,
      String firstName,
      String lastName,
      List<String> roles,
      Boolean allAppsVisible,
      Boolean provisioningAllowed) {}

  /** {@code userInvitations}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record UserInvitation(
      String email,
      String firstName,
      String lastName,
      String expirationDate,
      List<String> roles,
      Boolean allAppsVisible,
      Boolean provisioningAllowed) {}

  /** {@code betaGroups}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record BetaGroup(
      String name,
      String createdDate,
      Boolean isInternalGroup,
      Boolean hasAccessToAllBuilds,
      Boolean publicLinkEnabled,
      String publicLinkId,
      Boolean publicLinkLimitEnabled,
      Integer publicLinkLimit,
      String publicLink,
      Boolean feedbackEnabled) {}

  /** {@code betaTesters}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record BetaTester(
      String firstName, String lastName, String email, String inviteType, String state) {}
}
