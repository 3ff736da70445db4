package dev.ascform.api.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Signs App Store Connect JWTs (ES256, {@code kid}, {@code typ: JWT}; {@code iss} or {@code sub:
 * user}, {@code iat}, {@code exp}, {@code aud: appstoreconnect-v1}) and reuses one token until
 * shortly before it expires. Thread-safe. Never log what {@link #token()} returns.
 */
public final class TokenProvider {
  /** Apple refuses tokens that live longer than this. */
  public static final Duration MAX_LIFETIME = Duration.ofMinutes(20);

  /** The default token lifetime. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(19);

  private static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);
  private static final String AUDIENCE = "appstoreconnect-v1";

  private final ApiCredentials credentials;
  private final Clock clock;
  private final Duration lifetime;
  private final Algorithm algorithm;
  private String token;
  private Instant expiresAt;

  /** A provider with the default 19-minute lifetime. */
  public TokenProvider(ApiCredentials credentials, Clock clock) {
    this(credentials, clock, DEFAULT_LIFETIME);
  }

  /** A provider whose tokens live {@code lifetime} (capped at 20 minutes). */
  public TokenProvider(ApiCredentials credentials, Clock clock, Duration lifetime) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("token lifetime must be positive");
    }
    this.lifetime = lifetime.compareTo(MAX_LIFETIME) > 0 ? MAX_LIFETIME : lifetime;
    this.algorithm = Algorithm.ECDSA256(null, credentials.privateKey());
  }

  /** The key id the tokens are signed for (safe to print). */
  public String keyId() {
    return credentials.keyId();
  }

  /** A valid token: the cached one, or a new one when it expires within a minute. */
  public synchronized String token() {
    Instant now = clock.instant();
    if (token == null || !now.isBefore(expiresAt.minus(REFRESH_MARGIN))) {
      sign(now);
    }
    return token;
  }

  /** Forgets {@code rejected} (if it is the cached token) so the next call signs a fresh one. */
  public synchronized void invalidate(String rejected) {
    if (rejected != null && rejected.equals(token)) {
      token = null;
    }
  }

  private void sign(Instant now) {
    Instant iat = Instant.ofEpochSecond(now.getEpochSecond());
    Instant exp = iat.plus(lifetime);
    var builder =
        JWT.create()
            .withHeader(Map.of("typ", "JWT"))
            .withKeyId(credentials.keyId())
            .withIssuedAt(iat)
            .withExpiresAt(exp)
            .withAudience(AUDIENCE);
    if (credentials.individual()) {
      builder.withSubject("user");
    } else {
      builder.withIssuer(credentials.issuerId());
    }
    token = builder.sign(algorithm);
    expiresAt = exp;
  }

  @Override
  public String toString() {
    return "TokenProvider[keyId=" + credentials.keyId() + "]";
  }
}
