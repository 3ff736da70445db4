package dev.ascform.sandbox.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.store.ApiKeyRecord;
import java.security.KeyFactory;
import java.security.interfaces.ECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Verifies App Store Connect bearer tokens as Apple does: {@code alg} ES256, a registered {@code
 * kid}, the key's {@code iss}, {@code aud: appstoreconnect-v1}, a valid signature, not expired, and
 * a lifetime of at most 20 minutes ({@code exp - iat}, or {@code exp - now} when {@code iat} is
 * absent). Anything else is 401 {@code NOT_AUTHORIZED}.
 */
public final class TokenVerifier {
  /** The longest token lifetime Apple accepts. */
  public static final long MAX_LIFETIME_SECONDS = 20 * 60;

  private static final String AUDIENCE = "appstoreconnect-v1";
  private static final int REMEMBERED = 64;

  /**
   * Tokens already verified, until they expire: a client sends one token for many requests, and an
   * ES256 verification costs more than rendering a small page. A hit still checks the expiry and
   * that the key is still registered with the same public key and issuer.
   */
  private final Map<String, Verified> verified =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
          return size() > REMEMBERED;
        }
      };

  private record Verified(String keyId, String publicKey, String issuerId, Instant expires) {}

  private final Supplier<List<ApiKeyRecord>> keys;
  private final Clock clock;

  public TokenVerifier(Supplier<List<ApiKeyRecord>> keys, Clock clock) {
    this.keys = keys;
    this.clock = clock;
  }

  /** Returns the key id of a valid token from an {@code Authorization} header, or throws 401. */
  public String verify(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      throw unauthorized("The request has no bearer token in its Authorization header.");
    }
    String token = authorization.substring(7).trim();
    String remembered = remembered(token);
    if (remembered != null) {
      return remembered;
    }
    DecodedJWT decoded;
    try {
      decoded = JWT.decode(token);
    } catch (JWTVerificationException e) {
      throw unauthorized("The bearer token is not a well-formed JWT.");
    }
    if (!"ES256".equals(decoded.getAlgorithm())) {
      throw unauthorized(
          "The token's algorithm must be ES256, not '" + decoded.getAlgorithm() + "'.");
    }
    ApiKeyRecord key =
        keys.get().stream()
            .filter(k -> k.keyId().equals(decoded.getKeyId()))
            .findFirst()
            .orElseThrow(() -> unauthorized("The token's key id (kid) is not a known API key."));
    try {
      Algorithm algorithm = Algorithm.ECDSA256(publicKey(key.publicKey()), null);
      JWTVerifier verifier =
          ((JWTVerifier.BaseVerification)
                  JWT.require(algorithm).withAudience(AUDIENCE).withIssuer(key.issuerId()))
              .build(clock);
      DecodedJWT jwt = verifier.verify(decoded);
      checkLifetime(jwt);
      synchronized (verified) {
        verified.put(
            token,
            new Verified(
                key.keyId(), key.publicKey(), key.issuerId(), jwt.getExpiresAtAsInstant()));
      }
    } catch (JWTVerificationException e) {
      throw unauthorized("The token was rejected: " + e.getMessage());
    }
    return key.keyId();
  }

  /** The key id of a token verified before that is still valid, or null (verify it in full). */
  private String remembered(String token) {
    Verified v;
    synchronized (verified) {
      v = verified.get(token);
    }
    if (v == null) {
      return null;
    }
    boolean stillRegistered =
        keys.get().stream()
            .anyMatch(
                k ->
                    k.keyId().equals(v.keyId())
                        && k.publicKey().equals(v.publicKey())
                        && k.issuerId().equals(v.issuerId()));
    if (!stillRegistered || !clock.instant().isBefore(v.expires())) {
      synchronized (verified) {
        verified.remove(token);
      }
      return null;
    }
    return v.keyId();
  }

  private void checkLifetime(DecodedJWT jwt) {
    Instant exp = jwt.getExpiresAtAsInstant();
    if (exp == null) {
      throw unauthorized("The token has no expiration (exp).");
    }
    Instant start =
        jwt.getIssuedAtAsInstant() != null ? jwt.getIssuedAtAsInstant() : clock.instant();
    if (exp.getEpochSecond() - start.getEpochSecond() > MAX_LIFETIME_SECONDS) {
      throw unauthorized("The token's lifetime exceeds 20 minutes.");
    }
  }

  private static ECPublicKey publicKey(String base64) {
    try {
      byte[] der = Base64.getDecoder().decode(base64);
      return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
    } catch (Exception e) {
      throw new IllegalStateException("a registered API key is not a valid EC public key", e);
    }
  }

  private static ApiException unauthorized(String detail) {
    return new ApiException(
        401,
        "NOT_AUTHORIZED",
        "Authentication credentials are missing or invalid.",
        "Provide a properly configured and signed bearer token, and make sure that it has not"
            + " expired. "
            + detail,
        null,
        Map.of());
  }
}
