package dev.ascform.api.testing;

import dev.ascform.api.AscClient;
import dev.ascform.api.AscClientBuilder;
import dev.ascform.api.http.RetryPolicy;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

/** A client against a {@link FakeApple}, with a fake clock and sleeper and a seeded Random. */
public final class Clients {
  public final KeyPair keys = TestKeys.newKeyPair();
  public final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));
  public final RecordingSleeper sleeper = new RecordingSleeper();
  public final List<String> debug = new CopyOnWriteArrayList<>();
  public static final long SEED = 42L;

  public AscClientBuilder builder(FakeApple server) {
    return AscClient.builder()
        .baseUrl(server.baseUrl())
        .credentials(TestKeys.credentials(keys))
        .clock(clock)
        .sleeper(sleeper)
        .random(new Random(SEED))
        .debugSink(debug::add)
        .retryPolicy(
            new RetryPolicy(
                4, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(60)));
  }

  public AscClient client(FakeApple server) {
    return builder(server).build();
  }
}
