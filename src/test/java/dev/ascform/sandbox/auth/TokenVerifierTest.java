package dev.ascform.sandbox.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import dev.ascform.api.testing.MutableClock;
import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.store.ApiKeyRecord;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The verifier remembers tokens it accepted (a client sends one token for many requests), but a
 * remembered token is refused as soon as it expires or its key is revoked, exactly as one never
 * seen before.
 */
class TokenVerifierTest {
  private static final String ISSUER = "69a6de7e-0000-47e3-e053-5b8c7c11a4d1";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
  private final List<ApiKeyRecord> keys = new ArrayList<>();
  private KeyPair pair;
  private TokenVerifier verifier;

  @BeforeEach
  void setUp() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    pair = g.generateKeyPair();
    keys.add(
        new ApiKeyRecord(
            "KEY1234567",
            ISSUER,
            Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())));
    verifier = new TokenVerifier(() -> List.copyOf(keys), clock);
  }

  private String token(long lifetimeSeconds) {
    return "Bearer "
        + JWT.create()
            .withKeyId("KEY1234567")
            .withIssuer(ISSUER)
            .withAudience("appstoreconnect-v1")
            .withIssuedAt(clock.instant())
            .withExpiresAt(clock.instant().plusSeconds(lifetimeSeconds))
            .sign(Algorithm.ECDSA256(null, (ECPrivateKey) pair.getPrivate()));
  }

  private static void assertUnauthorized(Runnable call) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
  }

  @Test
  void acceptsTheSameTokenAgainWhileItIsValid() {
    String token = token(600);
    assertThat(verifier.verify(token)).isEqualTo("KEY1234567");
    clock.advance(Duration.ofSeconds(300));
    assertThat(verifier.verify(token)).isEqualTo("KEY1234567");
  }

  @Test
  void refusesARememberedTokenOnceItExpires() {
    String token = token(600);
    assertThat(verifier.verify(token)).isEqualTo("KEY1234567");
    clock.advance(Duration.ofSeconds(601));
    assertUnauthorized(() -> verifier.verify(token));
  }

  @Test
  void refusesARememberedTokenOnceItsKeyIsRevoked() {
    String token = token(600);
    assertThat(verifier.verify(token)).isEqualTo("KEY1234567");
    keys.clear();
    assertUnauthorized(() -> verifier.verify(token));
  }

  @Test
  void refusesARememberedTokenWhenTheKeyIdNowHasAnotherPublicKey() throws Exception {
    String token = token(600);
    assertThat(verifier.verify(token)).isEqualTo("KEY1234567");
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    keys.set(
        0,
        new ApiKeyRecord(
            "KEY1234567",
            ISSUER,
            Base64.getEncoder().encodeToString(g.generateKeyPair().getPublic().getEncoded())));
    assertUnauthorized(() -> verifier.verify(token));
  }

  @Test
  void aRejectedTokenIsNotRemembered() {
    String tooLong = token(3600);
    assertUnauthorized(() -> verifier.verify(tooLong));
    assertUnauthorized(() -> verifier.verify(tooLong));
  }
}
