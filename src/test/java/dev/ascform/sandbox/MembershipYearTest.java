package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MembershipYearTest {

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    private Instant now;

    ManualClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static TestApi apiAt(Sandbox sb, ManualClock clock) {
    Instant now = clock.instant();
    return new TestApi(sb).withToken(TestApi.token(sb.teamKey(), b -> b.withIssuedAt(now).withExpiresAt(now.plusSeconds(600))));
  }

  @Test
  void deviceSlotsComeBackWhenTheMembershipYearTurns() {
    ManualClock clock = new ManualClock(Instant.parse("2026-06-01T12:00:00Z"));
    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withClock(clock))) {
      TestApi api = apiAt(sb, clock);
      for (int i = 0; i < 100; i++) {
        api.createDevice("Mac " + i, TestApi.udid(i), "MAC_OS");
      }
      assertThat(api.post("/v1/devices", TestApi.deviceBody("Mac 100", TestApi.udid(100), "MAC_OS")).statusCode()).isEqualTo(409);
      clock.advance(Duration.ofDays(214));
      TestApi nextYear = apiAt(sb, clock);
      assertThat(nextYear.post("/v1/devices", TestApi.deviceBody("Mac 100", TestApi.udid(100), "MAC_OS")).statusCode()).isEqualTo(201);
    }
  }

  @Test
  void tokensAreJudgedByTheSandboxClock() {
    ManualClock clock = new ManualClock(Instant.parse("2026-06-01T12:00:00Z"));
    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withClock(clock))) {
      TestApi api = apiAt(sb, clock);
      assertThat(api.get("/v1/devices").statusCode()).isEqualTo(200);
      clock.advance(Duration.ofMinutes(11));
      assertThat(api.get("/v1/devices").statusCode()).isEqualTo(401);
    }
  }
}
