package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends SandboxTest {

  @Test
  void racingCreatesOfOneIdentifierYieldExactlyOneBundleId() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(
            pool.submit(
                () ->
                    api.post(
                            "/v1/bundleIds",
                            "{\"data\":{\"type\":\"bundleIds\",\"attributes\":{\"identifier\":\"com.acme.race\",\"name\":\"Race\",\"platform\":\"IOS\"}}}")
                        .statusCode()));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : results) {
        statuses.add(f.get());
      }
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
      assertThat(statuses).filteredOn(s -> s == 409).hasSize(15);
    } finally {
      pool.shutdownNow();
    }
    synchronized (sandbox.account()) {
      assertThat(sandbox.account().all("bundleIds")).hasSize(1);
    }
    assertThat(sandbox.stats().count("POST /v1/bundleIds")).isEqualTo(16);
  }
}
