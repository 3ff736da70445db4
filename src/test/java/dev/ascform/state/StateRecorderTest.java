package dev.ascform.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.plan.Action;
import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import dev.ascform.plan.Reason;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateRecorderTest {
  @TempDir Path dir;

  static Change create(int i) {
    return Change.builder(
            Address.of("device", "d" + i), Action.CREATE, Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT)
        .naturalKey("UDID" + i)
        .after(Map.of("name", "d" + i))
        .build();
  }

  @Test
  void concurrentSuccessesAreAllSavedOneSerialEach() throws Exception {
    StateStore store = new StateStore(dir.resolve("s.json"), StateStoreTest.SANDBOX);
    StateRecorder recorder = new StateRecorder(store, store.load());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        done.add(pool.submit(() -> recorder.applied(create(n), "ID" + n, null)));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    StateFile onDisk = store.load();
    assertThat(onDisk.resources()).hasSize(40);
    assertThat(onDisk.serial()).isEqualTo(40);
    assertThat(onDisk.get(Address.of("device", "d7")).orElseThrow().appleId()).isEqualTo("ID7");
    assertThat(recorder.current()).isEqualTo(onDisk);
  }

  @Test
  void removedForgetsAndSaves() {
    StateStore store = new StateStore(dir.resolve("s.json"), StateStoreTest.SANDBOX);
    StateRecorder recorder = new StateRecorder(store, store.load());
    recorder.applied(create(1), "ID1", null);
    recorder.removed(Address.of("device", "d1"));
    assertThat(store.load().resources()).isEmpty();
    assertThat(store.load().serial()).isEqualTo(2);
  }

  static Change adopt(int i) {
    return Change.builder(Address.of("device", "a" + i), Action.ADOPT, Reason.ADOPT_BECAUSE_EXISTS)
        .naturalKey("UDIDA" + i)
        .appleId("A" + i)
        .before(Map.of("name", "a" + i))
        .build();
  }

  @Test
  void adoptionsWaitForTheNextWriteThatReachedApple() {
    StateStore store = new StateStore(dir.resolve("s.json"), StateStoreTest.SANDBOX);
    StateRecorder recorder = new StateRecorder(store, store.load());
    for (int i = 0; i < 3; i++) {
      recorder.appliedWithoutRequest(adopt(i), null, null);
    }
    assertThat(recorder.pending()).isEqualTo(3);
    assertThat(store.load().resources()).isEmpty();
    assertThat(recorder.current().get(Address.of("device", "a2"))).isPresent();

    recorder.applied(create(1), "ID1", null);
    StateFile onDisk = store.load();
    assertThat(recorder.pending()).isZero();
    assertThat(onDisk.resources()).hasSize(4);
    assertThat(onDisk.serial()).isEqualTo(1);
  }

  @Test
  void pendingRecordsAreSavedAtFlushAndAtTheBound() {
    StateStore store = new StateStore(dir.resolve("s.json"), StateStoreTest.SANDBOX);
    StateRecorder recorder = new StateRecorder(store, store.load());
    for (int i = 0; i < StateRecorder.MAX_PENDING + 2; i++) {
      recorder.appliedWithoutRequest(adopt(i), null, null);
    }
    assertThat(store.load().resources()).hasSize(StateRecorder.MAX_PENDING);
    assertThat(recorder.pending()).isEqualTo(2);
    recorder.flush();
    assertThat(store.load().resources()).hasSize(StateRecorder.MAX_PENDING + 2);
    assertThat(store.load().serial()).isEqualTo(2);
    recorder.flush();
    assertThat(store.load().serial()).isEqualTo(2);
  }

  @Test
  void afterASaveFailsNoFurtherChangeIsStarted() {
    FileBackend file = new FileBackend(dir.resolve("s.json"));
    boolean[] down = {false};
    StateBackend flaky =
        new StateBackend() {
          @Override
          public String location() {
            return "flaky";
          }

          @Override
          public Optional<StateFile> read() {
            return file.read();
          }

          @Override
          public StateFile save(StateFile state) {
            if (down[0]) {
              throw new StateException("cannot save the state in flaky: gone");
            }
            return file.save(state);
          }

          @Override
          public Lock lock(String operation, Duration timeout) {
            return file.lock(operation, timeout);
          }

          @Override
          public Optional<LockInfo> lockInfo() {
            return file.lockInfo();
          }

          @Override
          public void forceUnlock(String id) {
            file.forceUnlock(id);
          }
        };
    StateRecorder recorder = new StateRecorder(flaky, flaky.load(StateStoreTest.SANDBOX));
    recorder.checkSaving();
    recorder.applied(create(1), "ID1", null);
    down[0] = true;
    assertThatThrownBy(() -> recorder.applied(create(2), "ID2", null)).hasMessageContaining("gone");
    down[0] = false;
    assertThatThrownBy(recorder::checkSaving)
        .isInstanceOf(StateException.class)
        .hasMessageContaining("not started: the state can no longer be saved")
        .hasMessageContaining("gone");
    assertThat(file.read().orElseThrow().serial()).isEqualTo(1);
  }
}
