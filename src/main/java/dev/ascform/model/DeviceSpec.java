package dev.ascform.model;

import dev.ascform.diag.SourcePos;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered device. Devices are never deleted in Apple, only disabled.
 *
 * @param udid as written in config; compare with {@link #normalizedUdid()}
 * @param deviceClass when given, checked against the account (immutable in Apple)
 * @param tags free labels that profile device selectors match on
 */
public record DeviceSpec(
    String key,
    String name,
    String udid,
    BundleIdPlatform platform,
    Optional<DeviceClass> deviceClass,
    DeviceStatus status,
    List<String> tags,
    boolean preventDestroy,
    SourcePos pos)
    implements ResourceSpec {
  public DeviceSpec {
    Copies.req(key, "key");
    Copies.req(name, "name");
    Copies.req(udid, "udid");
    Objects.requireNonNull(platform, "platform");
    deviceClass = Copies.opt(deviceClass);
    Objects.requireNonNull(status, "status");
    tags = Copies.list(tags);
    Objects.requireNonNull(pos, "pos");
  }

  /** The UDID in lower case: UDIDs are compared case-insensitively. */
  public String normalizedUdid() {
    return udid.toLowerCase(Locale.ROOT);
  }

  public boolean enabled() {
    return status == DeviceStatus.ENABLED;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.DEVICE;
  }
}
