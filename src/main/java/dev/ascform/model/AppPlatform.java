package dev.ascform.model;

/** A build's platform, as Apple's OpenAPI {@code Platform} (used by beta group build rules). */
public enum AppPlatform {
  IOS,
  MAC_OS,
  TV_OS,
  VISION_OS
}
