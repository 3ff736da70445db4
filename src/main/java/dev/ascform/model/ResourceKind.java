package dev.ascform.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of resource the config declares. {@link #configKey()} is the word used in config (the
 * top-level section, or the key under {@code settings.prune}); {@link #addressPrefix()} starts a
 * resource's address, as in {@code bundle_id.main_app}.
 */
public enum ResourceKind {
  APP("apps", "app"),
  BUNDLE_ID("bundle_ids", "bundle_id"),
  CAPABILITY("capabilities", "capability"),
  DEVICE("devices", "device"),
  CERTIFICATE("certificates", "certificate"),
  PROFILE("profiles", "profile"),
  USER("users", "user"),
  BETA_GROUP("beta_groups", "beta_group"),
  BETA_TESTER("beta_testers", "beta_tester");

  private final String configKey;
  private final String addressPrefix;

  ResourceKind(String configKey, String addressPrefix) {
    this.configKey = configKey;
    this.addressPrefix = addressPrefix;
  }

  public String configKey() {
    return configKey;
  }

  public String addressPrefix() {
    return addressPrefix;
  }

  /** The address of a resource of this kind: {@code prefix.key}. */
  public String address(String key) {
    return addressPrefix + "." + key;
  }

  /** The kind whose {@link #configKey()} is {@code key}. */
  public static Optional<ResourceKind> byConfigKey(String key) {
    return Arrays.stream(values()).filter(k -> k.configKey.equals(key)).findFirst();
  }
}
