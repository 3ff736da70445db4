package dev.ascform.model;

import dev.ascform.diag.SourcePos;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A provisioning profile. Profiles are immutable in Apple: any change is a replacement.
 *
 * @param name Apple's profile name, unique in the account
 * @param bundleId local name of a {@link BundleIdSpec}
 * @param certificates which certificates it includes
 * @param devices which devices it includes
 * @param renewBefore recreate it this long before expiry, when given
 */
public record ProfileSpec(
    String key,
    String name,
    ProfileType type,
    String bundleId,
    CertificateSelection certificates,
    DeviceSelection devices,
    Optional<Duration> renewBefore,
    boolean preventDestroy,
    SourcePos pos)
    implements ResourceSpec {
  public ProfileSpec {
    Copies.req(key, "key");
    Copies.req(name, "name");
    Objects.requireNonNull(type, "type");
    Copies.req(bundleId, "bundleId");
    Objects.requireNonNull(certificates, "certificates");
    devices = devices == null ? DeviceSelection.none() : devices;
    renewBefore = Copies.opt(renewBefore);
    Objects.requireNonNull(pos, "pos");
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.PROFILE;
  }
}
