package dev.ascform.model;

/** A bundle ID's or device's platform, as Apple's OpenAPI {@code BundleIdPlatform}. */
public enum BundleIdPlatform {
  IOS,
  MAC_OS,
  UNIVERSAL
}
