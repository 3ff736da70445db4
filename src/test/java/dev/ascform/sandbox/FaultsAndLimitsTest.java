package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.sandbox.faults.Fault;
import dev.ascform.sandbox.faults.FaultInjector;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultsAndLimitsTest {

  private static List<Integer> statuses(long seed) {
    List<Integer> out = new ArrayList<>();
    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withFaults(0.4, seed))) {
      TestApi api = new TestApi(sb);
      for (int i = 0; i < 40; i++) {
        out.add(api.get("/v1/devices").statusCode());
      }
    }
    return out;
  }

  @Test
  void faultsAreDeterministicPerSeed() {
    List<Integer> first = statuses(7);
    assertThat(statuses(7)).isEqualTo(first);
    assertThat(first).contains(200, 500, 503, 429);
    assertThat(statuses(8)).isNotEqualTo(first);
  }

  @Test
  void injectedThrottlingCarriesRetryAfterAndAnErrorBody() {
    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withFaults(1.0, 3))) {
      TestApi api = new TestApi(sb);
      for (int i = 0; i < 20; i++) {
        HttpResponse<String> r = api.get("/v1/devices");
        assertThat(r.statusCode()).isIn(500, 503, 429);
        assertThat(TestApi.errorCode(r))
            .isIn("UNEXPECTED_ERROR", "SERVICE_UNAVAILABLE", "RATE_LIMIT_EXCEEDED");
        if (r.statusCode() == 429) {
          assertThat(r.headers().firstValue("Retry-After")).isPresent();
        }
      }
    }
  }

  @Test
  void injectedRefusalsAskForTheConfiguredRetryAfter() {
    try (Sandbox sb =
        Sandbox.start(SandboxOptions.defaults().withFaults(1.0, 3).withFaultRetryAfter(0))) {
      TestApi api = new TestApi(sb);
      List<String> asked = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        HttpResponse<String> r = api.get("/v1/devices");
        if (r.statusCode() == 429 || r.statusCode() == 503) {
          asked.add(r.headers().firstValue("Retry-After").orElse("none"));
        }
      }
      assertThat(asked).isNotEmpty().containsOnly("0");
    }
    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withFaults(1.0, 3))) {
      HttpResponse<String> r = new TestApi(sb).get("/v1/devices");
      while (r.statusCode() != 429 && r.statusCode() != 503) {
        r = new TestApi(sb).get("/v1/devices");
      }
      assertThat(r.headers().firstValue("Retry-After")).contains("1");
    }
  }

  @Test
  void aLostResponseStillCommitsTheWrite() {
    long seed = 0;
    while (new FaultInjector(1.0, seed, 1).next(true) != Fault.RESPONSE_LOST) {
      seed++;
    }
    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withFaults(1.0, seed))) {
      TestApi api = new TestApi(sb);
      assertThatThrownBy(
              () ->
                  api.sendOrThrow(
                      "POST",
                      "/v1/bundleIds",
                      "{\"data\":{\"type\":\"bundleIds\",\"attributes\":{\"identifier\":\"com.acme.lost\",\"name\":\"Lost\",\"platform\":\"IOS\"}}}"))
          .isInstanceOf(IOException.class);
      synchronized (sb.account()) {
        assertThat(sb.account().all("bundleIds"))
            .extracting(e -> e.text("identifier"))
            .containsExactly("com.acme.lost");
      }
    }
  }

  @Test
  void theHourlyBudgetIsReportedAndEnforced() {
    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withRateLimit(3))) {
      TestApi api = new TestApi(sb);
      for (int remaining = 2; remaining >= 0; remaining--) {
        HttpResponse<String> r = api.get("/v1/devices");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Rate-Limit"))
            .hasValue("user-hour-lim:3;user-hour-rem:" + remaining + ";");
      }
      HttpResponse<String> spent = api.get("/v1/devices");
      assertThat(spent.statusCode()).isEqualTo(429);
      assertThat(TestApi.errorCode(spent)).isEqualTo("RATE_LIMIT_EXCEEDED");
      assertThat(spent.headers().firstValue("Retry-After").map(Long::parseLong))
          .hasValueSatisfying(s -> assertThat(s).isBetween(1L, 3600L));
      assertThat(spent.headers().firstValue("X-Rate-Limit"))
          .hasValue("user-hour-lim:3;user-hour-rem:0;");
    }
  }

  @Test
  void latencyDoesNotChangeAnswers() {
    try (Sandbox sb = Sandbox.start(SandboxOptions.defaults().withLatencyMs(5))) {
      assertThat(new TestApi(sb).get("/v1/devices").statusCode()).isEqualTo(200);
    }
  }
}
