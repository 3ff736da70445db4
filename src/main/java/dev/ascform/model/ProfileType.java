package dev.ascform.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A provisioning profile's type, as Apple's OpenAPI {@code Profile.profileType}, with the rules
 * Apple applies to it: which certificates, bundle ID platforms and devices it takes.
 */
public enum ProfileType {
  IOS_APP_DEVELOPMENT(Family.IOS, Distribution.DEVELOPMENT),
  IOS_APP_STORE(Family.IOS, Distribution.STORE),
  IOS_APP_ADHOC(Family.IOS, Distribution.ADHOC),
  IOS_APP_INHOUSE(Family.IOS, Distribution.INHOUSE),
  MAC_APP_DEVELOPMENT(Family.MAC, Distribution.DEVELOPMENT),
  MAC_APP_STORE(Family.MAC, Distribution.STORE),
  MAC_APP_DIRECT(Family.MAC, Distribution.DIRECT),
  TVOS_APP_DEVELOPMENT(Family.TVOS, Distribution.DEVELOPMENT),
  TVOS_APP_STORE(Family.TVOS, Distribution.STORE),
  TVOS_APP_ADHOC(Family.TVOS, Distribution.ADHOC),
  TVOS_APP_INHOUSE(Family.TVOS, Distribution.INHOUSE),
  MAC_CATALYST_APP_DEVELOPMENT(Family.CATALYST, Distribution.DEVELOPMENT),
  MAC_CATALYST_APP_STORE(Family.CATALYST, Distribution.STORE),
  MAC_CATALYST_APP_DIRECT(Family.CATALYST, Distribution.DIRECT);

  /** The platform family a profile type belongs to. */
  public enum Family {
    IOS,
    MAC,
    TVOS,
    CATALYST
  }

  /** How apps signed with the profile are distributed. */
  public enum Distribution {
    DEVELOPMENT,
    ADHOC,
    STORE,
    INHOUSE,
    DIRECT
  }

  private final Family family;
  private final Distribution distribution;

  ProfileType(Family family, Distribution distribution) {
    this.family = family;
    this.distribution = distribution;
  }

  public Family family() {
    return family;
  }

  public Distribution distribution() {
    return distribution;
  }

  /** Development and ad hoc profiles list devices (at least one); the others take none. */
  public boolean takesDevices() {
    return distribution == Distribution.DEVELOPMENT || distribution == Distribution.ADHOC;
  }

  /** The certificate types Apple accepts in a profile of this type. */
  public Set<CertificateType> acceptedCertificates() {
    boolean mac = family == Family.MAC || family == Family.CATALYST;
    return switch (distribution) {
      case DEVELOPMENT ->
          mac
              ? EnumSet.of(CertificateType.DEVELOPMENT, CertificateType.MAC_APP_DEVELOPMENT)
              : EnumSet.of(CertificateType.DEVELOPMENT, CertificateType.IOS_DEVELOPMENT);
      case ADHOC, INHOUSE ->
          EnumSet.of(CertificateType.DISTRIBUTION, CertificateType.IOS_DISTRIBUTION);
      case STORE ->
          mac
              ? EnumSet.of(CertificateType.DISTRIBUTION, CertificateType.MAC_APP_DISTRIBUTION)
              : EnumSet.of(CertificateType.DISTRIBUTION, CertificateType.IOS_DISTRIBUTION);
      case DIRECT ->
          EnumSet.of(
              CertificateType.DEVELOPER_ID_APPLICATION,
              CertificateType.DEVELOPER_ID_APPLICATION_G2);
    };
  }

  /** Whether a bundle ID of the given platform can be used in a profile of this type. */
  public boolean acceptsBundleIdPlatform(BundleIdPlatform platform) {
    if (platform == BundleIdPlatform.UNIVERSAL) {
      return true;
    }
    return switch (family) {
      case IOS, TVOS, CATALYST -> platform == BundleIdPlatform.IOS;
      case MAC -> platform == BundleIdPlatform.MAC_OS;
    };
  }

  /** Whether a device of the given platform can be listed in a profile of this type. */
  public boolean acceptsDevicePlatform(BundleIdPlatform platform) {
    if (platform == BundleIdPlatform.UNIVERSAL) {
      return true;
    }
    return switch (family) {
      case IOS, TVOS -> platform == BundleIdPlatform.IOS;
      case MAC, CATALYST -> platform == BundleIdPlatform.MAC_OS;
    };
  }
}
