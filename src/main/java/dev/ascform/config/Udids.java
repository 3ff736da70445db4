package dev.ascform.config;

import dev.ascform.model.BundleIdPlatform;

/** The UDID forms a config accepts, for code outside the loader (export). */
public final class Udids {
  private Udids() {}

  /** Why a config could not hold this UDID for the platform, or null when it could. */
  public static String problem(String udid, BundleIdPlatform platform) {
    return Syntax.udidProblem(udid, platform);
  }
}
