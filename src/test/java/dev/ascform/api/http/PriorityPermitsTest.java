package dev.ascform.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Requests waiting for a permit get it highest priority first, then in order of arrival. */
class PriorityPermitsTest {
  private static void awaitWaiting(PriorityPermits permits, int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (permits.waiting() < n && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(permits.waiting()).isEqualTo(n);
  }

  @Test
  void waitersGoByPriorityThenArrival() throws Exception {
    PriorityPermits permits = new PriorityPermits(1);
    permits.acquire(0); // held: everyone below waits
    List<String> order = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(5);
    String[] names = {
      "first page A", "first page B", "tester page 2 of 40", "device page 2 of 2", "first page C"
    };
    int[] priorities = {0, 0, 39, 1, 0};
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      int priority = priorities[i];
      Thread t =
          new Thread(
              () -> {
                permits.acquire(priority);
                order.add(name);
                permits.release();
                done.countDown();
              });
      t.setDaemon(true);
      t.start();
      awaitWaiting(permits, i + 1);
    }
    permits.release();
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(order)
        .containsExactly(
            "tester page 2 of 40",
            "device page 2 of 2",
            "first page A",
            "first page B",
            "first page C");
    assertThat(permits.inUse()).isZero();
  }

  @Test
  void noMoreThanTheBoundAreInFlight() throws Exception {
    PriorityPermits permits = new PriorityPermits(2);
    permits.acquire(0);
    permits.acquire(5);
    Thread third = new Thread(() -> permits.acquire(9));
    third.setDaemon(true);
    third.start();
    awaitWaiting(permits, 1);
    assertThat(permits.inUse()).isEqualTo(2);
    permits.release();
    third.join(10_000);
    assertThat(third.isAlive()).isFalse();
    assertThat(permits.inUse()).isEqualTo(2);
    assertThat(permits.waiting()).isZero();
  }

  @Test
  void thePriorityIsPerThreadAndRestored() {
    assertThat(RequestPriority.current()).isZero();
    int inside =
        RequestPriority.with(
            7, () -> RequestPriority.with(3, RequestPriority::current) + RequestPriority.current());
    assertThat(inside).isEqualTo(10);
    assertThat(RequestPriority.current()).isZero();
  }
}
