package dev.ascform.model;

import dev.ascform.diag.SourcePos;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A signing certificate. ascform either creates (and renews) it from a CSR it generates, or only
 * adopts an existing one, found by serial or else by name and type.
 *
 * @param name Apple's display name, used to find an adopted certificate without a serial
 * @param manage create or adopt
 * @param serial the serial number of an adopted certificate, when given
 * @param renewBefore renew (create anew, then revoke) this long before expiry, when given
 * @param preventDestroy true unless the config says otherwise (revoking is irreversible)
 */
public record CertificateSpec(
    String key,
    Optional<String> name,
    CertificateType type,
    Management manage,
    Optional<String> serial,
    Optional<Duration> renewBefore,
    boolean preventDestroy,
    SourcePos pos)
    implements ResourceSpec {

  /** Whether ascform may create and renew the certificate, or only adopt an existing one. */
  public enum Management {
    CREATE,
    ADOPT
  }

  public CertificateSpec {
    Copies.req(key, "key");
    name = Copies.opt(name);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(manage, "manage");
    serial = Copies.opt(serial);
    renewBefore = Copies.opt(renewBefore);
    Objects.requireNonNull(pos, "pos");
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.CERTIFICATE;
  }
}
