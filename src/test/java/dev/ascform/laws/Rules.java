package dev.ascform.laws;

import java.util.List;

/** Apple's signing rules, as the generators need them to make configs validate accepts. */
final class Rules {
  static final List<String> PROFILE_TYPES =
      List.of(
          "IOS_APP_DEVELOPMENT",
          "IOS_APP_ADHOC",
          "IOS_APP_STORE",
          "MAC_APP_DEVELOPMENT",
          "MAC_APP_STORE",
          "MAC_APP_DIRECT");
  static final List<String> CERT_TYPES =
      List.of(
          "DEVELOPMENT",
          "DISTRIBUTION",
          "IOS_DEVELOPMENT",
          "IOS_DISTRIBUTION",
          "MAC_APP_DEVELOPMENT",
          "MAC_APP_DISTRIBUTION",
          "DEVELOPER_ID_APPLICATION");

  private Rules() {}

  /** Whether a profile type can use a bundle ID of this platform. */
  static boolean fits(String profileType, String bundlePlatform) {
    if ("UNIVERSAL".equals(bundlePlatform)) {
      return true;
    }
    return profileType.startsWith("MAC_")
        ? "MAC_OS".equals(bundlePlatform)
        : "IOS".equals(bundlePlatform);
  }

  static boolean takesDevices(String profileType) {
    return profileType.endsWith("_DEVELOPMENT") || profileType.endsWith("_ADHOC");
  }

  /** Whether a certificate type can sign profiles of this type. */
  static boolean signs(String certType, String profileType) {
    boolean mac = profileType.startsWith("MAC_");
    if (profileType.endsWith("_DEVELOPMENT")) {
      return certType.equals("DEVELOPMENT")
          || certType.equals(mac ? "MAC_APP_DEVELOPMENT" : "IOS_DEVELOPMENT");
    }
    if (profileType.endsWith("_DIRECT")) {
      return certType.equals("DEVELOPER_ID_APPLICATION");
    }
    if (profileType.endsWith("_ADHOC")) {
      return certType.equals("DISTRIBUTION") || certType.equals("IOS_DISTRIBUTION");
    }
    return certType.equals("DISTRIBUTION")
        || certType.equals(mac ? "MAC_APP_DISTRIBUTION" : "IOS_DISTRIBUTION");
  }

  static boolean distribution(String certType) {
    return certType.equals("DISTRIBUTION") || certType.equals("IOS_DISTRIBUTION");
  }
}
