package dev.ascform.api.resources;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.ascform.api.jsonapi.AppleDate;
import java.util.List;
import java.util.Objects;

/**
 * Typed views of the attributes ascform reads, for {@code
 * Resource.attributesAs(Attributes.Device.class)}: the kinds read Apple's resources through these,
 * never by attribute name. Enumerations are open strings and dates stay the text Apple sent ({@link
 * AppleDate}, read as an instant by {@code Resource.instant}, which takes every form Apple uses),
 * so values newer than this code never fail to parse; unknown attributes are ignored and absent
 * ones are null (lists: empty).
 */
public final class Attributes {
  private Attributes() {}

  /** A list attribute: empty when absent, without null elements. */
  private static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
  }

  /** {@code apps}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record App(String name, String bundleId, String sku, String primaryLocale) {}

  /** {@code builds}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Build(
      String version,
      AppleDate uploadedDate,
      AppleDate expirationDate,
      Boolean expired,
      String processingState,
      String minOsVersion,
      Boolean usesNonExemptEncryption) {}

  /** {@code preReleaseVersions}: a build's version ({@code 1.2}) is its pre-release version's. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record PreReleaseVersion(String version, String platform) {}

  /** {@code bundleIds}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record BundleId(String identifier, String name, String platform, String seedId) {}

  /** {@code bundleIdCapabilities}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Capability(String capabilityType, List<CapabilitySetting> settings) {
    public Capability {
      settings = list(settings);
    }
  }

  /** {@code certificates}; {@code certificateContent} is the public base64 DER certificate. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Certificate(
      String name,
      String certificateType,
      String displayName,
      String serialNumber,
      String platform,
      AppleDate expirationDate,
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
      AppleDate addedDate) {}

  /** {@code profiles}; {@code profileContent} is the base64 {@code .mobileprovision}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Profile(
      String name,
      String platform,
      String profileType,
      String profileState,
      String profileContent,
      String uuid,
      AppleDate createdDate,
      AppleDate expirationDate) {}

  /** {@code users}; {@code username} is the email. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record User(
      String username,
      String firstName,
      String lastName,
      List<String> roles,
      Boolean allAppsVisible,
      Boolean provisioningAllowed) {
    public User {
      roles = list(roles);
    }
  }

  /** {@code userInvitations}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record UserInvitation(
      String email,
      String firstName,
      String lastName,
      AppleDate expirationDate,
      List<String> roles,
      Boolean allAppsVisible,
      Boolean provisioningAllowed) {
    public UserInvitation {
      roles = list(roles);
    }
  }

  /** {@code betaGroups}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record BetaGroup(
      String name,
      AppleDate createdDate,
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
