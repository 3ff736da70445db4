package dev.ascform.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.ascform.api.testing.MutableClock;
import dev.ascform.api.testing.TestKeys;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TokenProviderTest {
  private final KeyPair keys = TestKeys.newKeyPair();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00.750Z"));

  private DecodedJWT verify(String token) {
    return JWT.require(Algorithm.ECDSA256(TestKeys.pub(keys), null))
        .withAudience("appstoreconnect-v1")
        .acceptExpiresAt(Long.MAX_VALUE / 2000) // the fake clock is in the past of the real one
        .acceptIssuedAt(Long.MAX_VALUE / 2000)
        .build()
        .verify(token);
  }

  @Test
  void signsTeamKeyTokenWithAppleHeaderAndClaims() {
    TokenProvider tokens = new TokenProvider(TestKeys.credentials(keys), clock);
    DecodedJWT jwt = verify(tokens.token());
    assertThat(jwt.getAlgorithm()).isEqualTo("ES256");
    assertThat(jwt.getKeyId()).isEqualTo("KEYID12345");
    assertThat(jwt.getType()).isEqualTo("JWT");
    assertThat(jwt.getIssuer()).isEqualTo("69a6de70-03db-47e3-e053-5b8c7c11a4d1");
    assertThat(jwt.getSubject()).isNull();
    assertThat(jwt.getAudience()).containsExactly("appstoreconnect-v1");
    assertThat(jwt.getIssuedAtAsInstant()).isEqualTo(Instant.parse("2026-11-27T12:00:00Z"));
    assertThat(jwt.getExpiresAtAsInstant()).isEqualTo(Instant.parse("2026-11-27T12:19:00Z"));
  }

  @Test
  void signatureIsRawSixtyFourByteRAndS() {
    String token = new TokenProvider(TestKeys.credentials(keys), clock).token();
    byte[] signature = Base64.getUrlDecoder().decode(token.split("\\.")[2]);
    assertThat(signature).hasSize(64);
  }

  @Test
  void individualKeyUsesSubjectUserAndNoIssuer() {
    ApiCredentials individual = new ApiCredentials("INDIVKEY01", null, TestKeys.priv(keys), "test");
    DecodedJWT jwt = verify(new TokenProvider(individual, clock).token());
    assertThat(jwt.getSubject()).isEqualTo("user");
    assertThat(jwt.getIssuer()).isNull();
  }

  @Test
  void capsExpiryAtTwentyMinutes() {
    TokenProvider tokens =
        new TokenProvider(TestKeys.credentials(keys), clock, Duration.ofHours(1));
    DecodedJWT jwt = verify(tokens.token());
    assertThat(Duration.between(jwt.getIssuedAtAsInstant(), jwt.getExpiresAtAsInstant()))
        .isEqualTo(Duration.ofMinutes(20));
  }

  @Test
  void reusesTokenUntilShortlyBeforeExpiryThenRefreshes() {
    TokenProvider tokens = new TokenProvider(TestKeys.credentials(keys), clock);
    String first = tokens.token();
    clock.advance(Duration.ofMinutes(17));
    assertThat(tokens.token()).isSameAs(first);
    clock.advance(Duration.ofSeconds(61)); // 18:01 after iat, within a minute of the 19:00 expiry
    String second = tokens.token();
    assertThat(second).isNotEqualTo(first);
    assertThat(verify(second).getIssuedAtAsInstant())
        .isEqualTo(Instant.parse("2026-11-27T12:18:01Z"));
  }

  @Test
  void invalidateForcesAFreshTokenOnlyForTheRejectedOne() {
    TokenProvider tokens = new TokenProvider(TestKeys.credentials(keys), clock);
    String first = tokens.token();
    tokens.invalidate("some-older-token");
    assertThat(tokens.token()).isSameAs(first);
    tokens.invalidate(first);
    assertThat(tokens.token()).isNotEqualTo(first);
  }

  @Test
  void concurrentCallersShareOneToken() throws Exception {
    TokenProvider tokens = new TokenProvider(TestKeys.credentials(keys), clock);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      Set<String> seen = ConcurrentHashMap.newKeySet();
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> seen.add(tokens.token())));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      assertThat(seen).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void toStringNeverShowsTheKey() {
    ApiCredentials creds = TestKeys.credentials(keys);
    assertThat(creds.toString())
        .contains("KEYID12345")
        .contains("***")
        .doesNotContain(
            Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()).substring(0, 20));
    assertThat(new TokenProvider(creds, clock).toString()).doesNotContain("eyJ");
  }
}
