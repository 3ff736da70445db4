package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthTest {
  static Sandbox sandbox;
  static TestApi api;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start(SandboxOptions.defaults());
    api = new TestApi(sandbox);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static HttpResponse<String> getWith(String token) {
    return new TestApi(sandbox).withToken(token).get("/v1/devices");
  }

  private static void assertUnauthorized(HttpResponse<String> r) {
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(TestApi.errorCode(r)).isEqualTo("NOT_AUTHORIZED");
    assertThat(TestApi.json(r).path("errors").path(0).path("status").asText()).isEqualTo("401");
  }

  @Test
  void acceptsAValidTeamKeyToken() {
    assertThat(api.get("/v1/devices").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesARequestWithoutToken() {
    assertUnauthorized(getWith(null));
  }

  @Test
  void refusesATokenSignedWithAnotherKey() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    ECPrivateKey other = (ECPrivateKey) g.generateKeyPair().getPrivate();
    TeamKey key = sandbox.teamKey();
    String token =
        JWT.create()
            .withKeyId(key.keyId())
            .withIssuer(key.issuerId())
            .withAudience("appstoreconnect-v1")
            .withIssuedAt(Instant.now())
            .withExpiresAt(Instant.now().plusSeconds(600))
            .sign(Algorithm.ECDSA256(null, other));
    assertUnauthorized(getWith(token));
  }

  @Test
  void refusesTheWrongAudience() {
    assertUnauthorized(
        getWith(TestApi.token(sandbox.teamKey(), b -> b.withAudience("appstoreconnect-v2"))));
  }

  @Test
  void refusesTheWrongIssuer() {
    assertUnauthorized(
        getWith(
            TestApi.token(
                sandbox.teamKey(), b -> b.withIssuer("00000000-0000-0000-0000-000000000000"))));
  }

  @Test
  void refusesAnUnknownKeyId() {
    assertUnauthorized(getWith(TestApi.token(sandbox.teamKey(), b -> b.withKeyId("UNKNOWN123"))));
  }

  @Test
  void refusesAnExpiredToken() {
    Instant past = Instant.now().minusSeconds(3600);
    assertUnauthorized(
        getWith(
            TestApi.token(
                sandbox.teamKey(),
                b -> b.withIssuedAt(past).withExpiresAt(past.plusSeconds(600)))));
  }

  @Test
  void refusesATokenLivingLongerThanTwentyMinutes() {
    Instant now = Instant.now();
    assertUnauthorized(
        getWith(
            TestApi.token(
                sandbox.teamKey(),
                b -> b.withIssuedAt(now).withExpiresAt(now.plusSeconds(1201 + 60)))));
  }

  @Test
  void acceptsATokenWithoutIatExpiringWithinTwentyMinutes() {
    Instant now = Instant.now();
    String token =
        TestApi.token(
            sandbox.teamKey(),
            b -> b.withIssuedAt((Instant) null).withExpiresAt(now.plusSeconds(600)));
    assertThat(getWith(token).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesATokenWithoutIatExpiringAfterTwentyMinutes() {
    Instant now = Instant.now();
    String token =
        TestApi.token(
            sandbox.teamKey(),
            b -> b.withIssuedAt((Instant) null).withExpiresAt(now.plusSeconds(3600)));
    assertUnauthorized(getWith(token));
  }

  @Test
  void refusesAlgNone() {
    TeamKey key = sandbox.teamKey();
    String token =
        JWT.create()
            .withKeyId(key.keyId())
            .withIssuer(key.issuerId())
            .withAudience("appstoreconnect-v1")
            .withIssuedAt(Instant.now())
            .withExpiresAt(Instant.now().plusSeconds(600))
            .sign(Algorithm.none());
    assertUnauthorized(getWith(token));
  }

  @Test
  void refusesHmacSignedTokens() {
    TeamKey key = sandbox.teamKey();
    String token =
        JWT.create()
            .withKeyId(key.keyId())
            .withIssuer(key.issuerId())
            .withAudience("appstoreconnect-v1")
            .withIssuedAt(Instant.now())
            .withExpiresAt(Instant.now().plusSeconds(600))
            .sign(Algorithm.HMAC256("secret"));
    assertUnauthorized(getWith(token));
  }

  @Test
  void refusesAnEs256HeaderWithAnEmptySignature() {
    String header =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("{\"alg\":\"ES256\",\"kid\":\""
                        + sandbox.teamKey().keyId()
                        + "\",\"typ\":\"JWT\"}")
                    .getBytes(StandardCharsets.UTF_8));
    String valid = TestApi.token(sandbox.teamKey(), b -> {});
    String payload = valid.split("\\.")[1];
    assertUnauthorized(getWith(header + "." + payload + "."));
  }

  @Test
  void teamKeyToStringHidesThePrivateKey() {
    assertThat(sandbox.teamKey().toString()).doesNotContain("PRIVATE").contains("hidden");
  }
}
