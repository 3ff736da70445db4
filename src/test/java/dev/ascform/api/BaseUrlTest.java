package dev.ascform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BaseUrlTest {
  @Test
  void defaultsToApple() {
    assertThat(BaseUrl.resolve(null, Map.of()))
        .hasToString("https://api.appstoreconnect.apple.com");
  }

  @Test
  void flagWinsOverEnvironment() {
    assertThat(
            BaseUrl.resolve("https://flag.example", Map.of("ASC_API_URL", "https://env.example")))
        .hasToString("https://flag.example");
    assertThat(BaseUrl.resolve(null, Map.of("ASC_API_URL", "http://127.0.0.1:8080/")))
        .hasToString("http://127.0.0.1:8080");
  }

  @Test
  void refusesPlainHttpExceptLoopback() {
    assertThatThrownBy(() -> BaseUrl.resolve("http://api.example.com", Map.of()))
        .hasMessageContaining("refusing plain http://");
    assertThatThrownBy(() -> BaseUrl.resolve("http://10.0.0.1", Map.of()))
        .hasMessageContaining("loopback");
    assertThat(BaseUrl.resolve("http://localhost:1", Map.of()).getHost()).isEqualTo("localhost");
    assertThat(BaseUrl.resolve("http://[::1]:1", Map.of()).getPort()).isEqualTo(1);
    assertThat(BaseUrl.resolve("http://127.0.0.2:1", Map.of()).getPort()).isEqualTo(1);
  }

  @Test
  void refusesOtherSchemes() {
    assertThatThrownBy(() -> BaseUrl.resolve("ftp://x", Map.of()))
        .hasMessageContaining("expected https://");
  }

  @Test
  void aUrlWithoutSchemeNamesTheUrlToWrite() {
    assertThatThrownBy(() -> BaseUrl.resolve("127.0.0.1:8787", Map.of()))
        .hasMessage(
            "invalid API URL '127.0.0.1:8787': no scheme; write http://127.0.0.1:8787"
                + " (plain http:// only to a loopback address such as the sandbox)");
    assertThatThrownBy(() -> BaseUrl.resolve("localhost:8787", Map.of()))
        .hasMessageContaining("write http://localhost:8787 ");
    assertThatThrownBy(() -> BaseUrl.resolve(null, Map.of("ASC_API_URL", "asc.example.com/v1")))
        .hasMessageContaining("write https://asc.example.com ");
  }

  @Test
  void aTrailingV1IsDroppedSoPathsAreNotDoubled() {
    assertThat(BaseUrl.resolve("https://asc.example.com/v1", Map.of()))
        .hasToString("https://asc.example.com");
    assertThat(BaseUrl.resolve("http://127.0.0.1:8787/v1/", Map.of()))
        .hasToString("http://127.0.0.1:8787");
    assertThat(BaseUrl.resolve("https://proxy.example.com/asc/v1", Map.of()))
        .hasToString("https://proxy.example.com/asc");
  }
}
