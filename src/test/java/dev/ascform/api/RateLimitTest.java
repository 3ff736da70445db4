package dev.ascform.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.api.http.RateLimit;
import dev.ascform.api.testing.Bodies;
import dev.ascform.api.testing.Clients;
import dev.ascform.api.testing.FakeApple;
import dev.ascform.api.testing.FakeApple.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RateLimitTest {
  private FakeApple server;
  private final Clients clients = new Clients();

  @BeforeEach
  void start() throws Exception {
    server = new FakeApple();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void parsesAppleHeader() {
    assertThat(RateLimit.parse("user-hour-lim:3600;user-hour-rem:3597;"))
        .isEqualTo(new RateLimit(3600, 3597));
    assertThat(RateLimit.parse("user-hour-rem:5;user-hour-lim:500"))
        .isEqualTo(new RateLimit(500, 5));
    assertThat(RateLimit.parse("garbage")).isNull();
    assertThat(RateLimit.parse(null)).isNull();
  }

  @Test
  void slowsDownBelowTheReserveInsteadOfHitting429() {
    server.onSequence(
        "GET",
        "/v1/devices",
        Reply.json(200, Bodies.page(List.of(), null, 0))
            .with("X-Rate-Limit", "user-hour-lim:3600;user-hour-rem:3000;"),
        Reply.json(200, Bodies.page(List.of(), null, 0))
            .with("X-Rate-Limit", "user-hour-lim:3600;user-hour-rem:100;"),
        Reply.json(200, Bodies.page(List.of(), null, 0))
            .with("X-Rate-Limit", "user-hour-lim:3600;user-hour-rem:99;"));
    AscClient client = clients.client(server);
    client.devices().list(null, null, null);
    client.devices().list(null, null, null);
    assertThat(clients.sleeper.sleeps()).isEmpty();
    client.devices().list(null, null, null); // budget 100 < 5% of 3600: pace at 1 h / 3600
    assertThat(clients.sleeper.sleeps()).containsExactly(Duration.ofSeconds(1));
    assertThat(client.stats().snapshot().throttled()).isEqualTo(Duration.ofSeconds(1));
    assertThat(client.stats().snapshot().lastRateLimit()).isEqualTo(new RateLimit(3600, 99));
  }
}
