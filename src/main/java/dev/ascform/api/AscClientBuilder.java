package dev.ascform.api;

import dev.ascform.api.auth.ApiCredentials;
import dev.ascform.api.auth.TokenProvider;
import dev.ascform.api.http.RetryPolicy;
import dev.ascform.api.http.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.function.Consumer;

/** Builds an {@link AscClient}; defaults: real clock and sleeper, timeouts 10 s / 60 s. */
public final class AscClientBuilder {
  URI baseUrl;
  ApiCredentials credentials;
  Clock clock = Clock.systemUTC();
  Sleeper sleeper = Sleeper.system();
  Random random = new Random();
  Consumer<String> debugSink = line -> {};
  Duration connectTimeout = Duration.ofSeconds(10);
  Duration requestTimeout = Duration.ofSeconds(60);
  int maxConcurrency = 4;
  RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
  double rateLimitReserve = 0.05;
  Duration tokenLifetime = TokenProvider.DEFAULT_LIFETIME;
  int maxPages = Pager.DEFAULT_MAX_PAGES;
  feign.Client transport;

  AscClientBuilder() {}

  /** The API base URL (validated: https, or http to loopback only). */
  public AscClientBuilder baseUrl(URI baseUrl) {
    this.baseUrl = BaseUrl.validate(baseUrl.toString());
    return this;
  }

  /** The API base URL as text. */
  public AscClientBuilder baseUrl(String baseUrl) {
    this.baseUrl = BaseUrl.validate(baseUrl);
    return this;
  }

  public AscClientBuilder credentials(ApiCredentials credentials) {
    this.credentials = credentials;
    return this;
  }

  public AscClientBuilder clock(Clock clock) {
    this.clock = clock;
    return this;
  }

  public AscClientBuilder sleeper(Sleeper sleeper) {
    this.sleeper = sleeper;
    return this;
  }

  /** Jitter source; pass a seeded Random in tests. */
  public AscClientBuilder random(Random random) {
    this.random = random;
    return this;
  }

  /** Receives one line per request ({@code --debug}); never headers, tokens or keys. */
  public AscClientBuilder debugSink(Consumer<String> debugSink) {
    this.debugSink = debugSink;
    return this;
  }

  public AscClientBuilder connectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
    return this;
  }

  public AscClientBuilder requestTimeout(Duration requestTimeout) {
    this.requestTimeout = requestTimeout;
    return this;
  }

  /** Requests in flight at once (default 4; Apple throttles bursts). */
  public AscClientBuilder maxConcurrency(int maxConcurrency) {
    this.maxConcurrency = maxConcurrency;
    return this;
  }

  public AscClientBuilder retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = retryPolicy;
    return this;
  }

  /** Share of the hourly limit kept in reserve before slowing down (default 0.05). */
  public AscClientBuilder rateLimitReserve(double fraction) {
    this.rateLimitReserve = fraction;
    return this;
  }

  /** JWT lifetime (default 19 min, capped at 20). */
  public AscClientBuilder tokenLifetime(Duration tokenLifetime) {
    this.tokenLifetime = tokenLifetime;
    return this;
  }

  /** The bound on pages per collection (guards against an endless {@code links.next}). */
  public AscClientBuilder maxPages(int maxPages) {
    this.maxPages = maxPages;
    return this;
  }

  /** Replaces the JDK HTTP transport (tests only). */
  public AscClientBuilder transport(feign.Client transport) {
    this.transport = transport;
    return this;
  }

  public AscClient build() {
    return ClientAssembly.assemble(this);
  }
}
