package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MembershipYearTest {

  private static TestApi apiAt(Sandbox sb, MutableClock clock) {
    Instant now = clock.instant();
    return new TestApi(sb)
        .withToken(
            TestApi.token(
                sb.teamKey(), b -> b.withIssuedAt(now).withExpiresAt(now.plusSeconds(600))));
  }

  @Test
  void deviceSlotsComeBackWhenTheMembershipYearTurns() {
    MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withClock(clock))) {
      TestApi api = apiAt(sb, clock);
      for (int i = 0; i < 100; i++) {
        api.createDevice("Mac " + i, TestApi.udid(i), "MAC_OS");
      }
      assertThat(
              api.post("/v1/devices", TestApi.deviceBody("Mac 100", TestApi.udid(100), "MAC_OS"))
                  .statusCode())
          .isEqualTo(409);
      clock.advance(Duration.ofDays(214));
      TestApi nextYear = apiAt(sb, clock);
      assertThat(
              nextYear
                  .post("/v1/devices", TestApi.deviceBody("Mac 100", TestApi.udid(100), "MAC_OS"))
                  .statusCode())
          .isEqualTo(201);
    }
  }

  @Test
  void tokensAreJudgedByTheSandboxClock() {
    MutableClock clock = new MutableClock(Instant.parse("2026-06-01T12:00:00Z"));
    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withClock(clock))) {
      TestApi api = apiAt(sb, clock);
      assertThat(api.get("/v1/devices").statusCode()).isEqualTo(200);
      clock.advance(Duration.ofMinutes(11));
      assertThat(api.get("/v1/devices").statusCode()).isEqualTo(401);
    }
  }
}
