package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of tests that need a fresh in-memory sandbox per test. */
abstract class SandboxTest {
  protected Sandbox sandbox;
  protected TestApi api;

  protected SandboxOptions options() {
    return SandboxOptions.defaults();
  }

  @BeforeEach
  void startSandbox() {
    sandbox = Sandbox.start(options());
    api = new TestApi(sandbox);
  }

  @AfterEach
  void stopSandbox() {
    sandbox.close();
  }

  /** Asserts an Apple-shaped error with this status, code and (when not null) source pointer. */
  protected static JsonNode assertError(
      HttpResponse<String> r, int status, String code, String pointer) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode error = TestApi.json(r).path("errors").path(0);
    assertThat(error.path("status").asText()).isEqualTo(Integer.toString(status));
    assertThat(error.path("code").asText()).isEqualTo(code);
    assertThat(error.path("title").asText()).isNotBlank();
    assertThat(error.path("detail").asText()).isNotBlank();
    if (pointer != null) {
      assertThat(error.path("source").path("pointer").asText()).isEqualTo(pointer);
    }
    return error;
  }
}
