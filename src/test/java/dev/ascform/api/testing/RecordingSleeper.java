package dev.ascform.api.testing;

import dev.ascform.api.http.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records requested sleeps instead of sleeping. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
  }

  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
