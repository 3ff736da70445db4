package dev.ascform.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.apply.ApplyResult;
import dev.ascform.model.DesiredState;
import dev.ascform.plan.Action;
import dev.ascform.plan.Plan;
import dev.ascform.sandbox.SandboxStats;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thousands of memberships cost tens of requests: batched relationship writes. */
class TesterBatchesTest {
  static final int N = 2000;

  @TempDir Path tmp;

  private static String seed() {
    StringBuilder s = new StringBuilder(PeopleKindsTest.SEED).append("betaTesters:\n");
    for (int i = 0; i < N; i++) {
      s.append(
          String.format(
              Locale.ROOT,
              "  - {email: t%04d@x.example, firstName: T," + " lastName: \"%d\"}%n",
              i,
              i));
    }
    return s.append("betaGroups:\n  - {app: com.t.a, name: Big, isInternalGroup: false}\n")
        .toString();
  }

  private static String config(int testers) {
    StringBuilder s =
        new StringBuilder(PeopleKindsTest.TEAM)
            .append("beta_groups:\n  big:\n    app: a\n    name: Big\n    testers:\n");
    for (int i = 0; i < testers; i++) {
      s.append(String.format(Locale.ROOT, "      - {email: t%04d@x.example}%n", i));
    }
    return s.toString();
  }

  private static Map<String, Long> delta(SandboxStats before, SandboxStats after) {
    Map<String, Long> out = new TreeMap<>();
    after
        .perOperation()
        .forEach(
            (k, v) -> {
              long d = v - before.count(k);
              if (d > 0) {
                out.put(k, d);
              }
            });
    return out;
  }

  @Test
  void twoThousandTestersJoinAndHalfLeaveInTensOfRequests() throws Exception {
    try (PeopleHarness h = new PeopleHarness(tmp, seed())) {
      DesiredState all = h.config(config(N));
      Plan p = h.plan(all);
      assertThat(p.actionable().stream().filter(c -> c.action() == Action.CREATE).count())
          .isEqualTo(N);
      SandboxStats before = h.sb.stats();
      ApplyResult r = h.apply(all, p);
      assertThat(r.failed()).isEmpty();
      Map<String, Long> sent = delta(before, h.sb.stats());
      assertThat(sent.get("POST /v1/betaGroups/{id}/relationships/betaTesters")).isEqualTo(10L);
      // per chunk of 200: e-mail lookup, members read, one relationship POST, the check
      assertThat(sent)
          .as("requests")
          .isEqualTo(
              Map.of(
                  "GET /v1/betaTesters",
                  30L,
                  "POST /v1/betaGroups/{id}/relationships/betaTesters",
                  10L));
      assertThat(h.plan(all).actionable()).isEmpty();

      DesiredState half = h.config(config(N / 2));
      Plan leave = h.plan(half);
      assertThat(leave.actionable().stream().filter(c -> c.action() == Action.DELETE).count())
          .isEqualTo(N / 2);
      SandboxStats mid = h.sb.stats();
      assertThat(h.apply(half, leave).failed()).isEmpty();
      Map<String, Long> removed = delta(mid, h.sb.stats());
      assertThat(removed.get("DELETE /v1/betaGroups/{id}/relationships/betaTesters")).isEqualTo(5L);
      assertThat(removed).doesNotContainKey("DELETE /v1/betaTesters/{id}");
      assertThat(removed.values().stream().mapToLong(Long::longValue).sum())
          .as(removed.toString())
          .isLessThanOrEqualTo(40L);
      assertThat(
              h.client
                  .pager()
                  .all(() -> h.client.betaTesters().list(null, null, null, null, null))
                  .data())
          .as("removal keeps the testers")
          .hasSize(N);
      assertThat(h.plan(half).actionable()).isEmpty();
    }
  }
}
