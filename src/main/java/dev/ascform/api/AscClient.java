package dev.ascform.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.api.auth.ApiCredentials;
import dev.ascform.api.auth.TokenProvider;
import dev.ascform.api.http.AscHttpClient;
import dev.ascform.api.http.ErrorDecoding;
import dev.ascform.api.http.RateLimitGovernor;
import dev.ascform.api.http.RequestStats;
import dev.ascform.api.http.RetryPolicy;
import dev.ascform.api.http.Sleeper;
import dev.ascform.api.resources.AppsApi;
import dev.ascform.api.resources.BetaGroupsApi;
import dev.ascform.api.resources.BetaTestersApi;
import dev.ascform.api.resources.BuildsApi;
import dev.ascform.api.resources.BundleIdCapabilitiesApi;
import dev.ascform.api.resources.BundleIdsApi;
import dev.ascform.api.resources.CertificatesApi;
import dev.ascform.api.resources.DevicesApi;
import dev.ascform.api.resources.FinanceReportsApi;
import dev.ascform.api.resources.ProfilesApi;
import dev.ascform.api.resources.SalesReportsApi;
import dev.ascform.api.resources.UserInvitationsApi;
import dev.ascform.api.resources.UsersApi;
import feign.Feign;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The App Store Connect API client: one Feign interface per API area, a complete {@link Pager},
 * include-cap {@link Relationships}, exact-match {@link Lookups}, {@link Reports} and {@link
 * RequestStats}. Thread-safe. Build with {@link #builder()}.
 */
public final class AscClient {
  private final URI baseUrl;
  private final ObjectMapper mapper;
  private final Feign feign;
  private final RequestStats stats;
  private final Pager pager;
  private final ErrorDecoding errors;
  private final ApiParts parts;

  AscClient(AscClientBuilder b, URI baseUrl, ObjectMapper mapper, Feign feign, RequestStats stats,
      ErrorDecoding errors, NextPages nextPages) {
    this.baseUrl = baseUrl;
    this.mapper = mapper;
    this.feign = feign;
    this.stats = stats;
    this.errors = errors;
    this.pager = new Pager(nextPages, b.maxPages);
    this.parts = new ApiParts(this);
  }

  /** Starts a builder. {@code baseUrl} and {@code credentials} are required. */
  public static AscClientBuilder builder() {
    return new AscClientBuilder();
  }

  /** A JSON mapper configured as the client's (unknown properties ignored). */
  public static ObjectMapper newMapper() {
    return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  <T> T target(Class<T> api) {
    return feign.newInstance(new feign.Target.HardCodedTarget<>(api, baseUrl.toString()));
  }

  public URI baseUrl() {
    return baseUrl;
  }

  public AppsApi apps() {
    return parts.apps;
  }

  public BuildsApi builds() {
    return parts.builds;
  }

  public BundleIdsApi bundleIds() {
    return parts.bundleIds;
  }

  public BundleIdCapabilitiesApi bundleIdCapabilities() {
    return parts.capabilities;
  }

  public CertificatesApi certificates() {
    return parts.certificates;
  }

  public DevicesApi devices() {
    return parts.devices;
  }

  public ProfilesApi profiles() {
    return parts.profiles;
  }

  public UsersApi users() {
    return parts.users;
  }

  public UserInvitationsApi userInvitations() {
    return parts.userInvitations;
  }

  public BetaGroupsApi betaGroups() {
    return parts.betaGroups;
  }

  public BetaTestersApi betaTesters() {
    return parts.betaTesters;
  }

  public SalesReportsApi salesReports() {
    return parts.salesReports;
  }

  public FinanceReportsApi financeReports() {
    return parts.financeReports;
  }

  /** Reads collections completely by following {@code links.next}. */
  public Pager pager() {
    return pager;
  }

  /** Completes relationships cut by the include cap. */
  public Relationships relationships() {
    return parts.relationships;
  }

  /** Exact-match finders on top of Apple's substring filters. */
  public Lookups lookups() {
    return parts.lookups;
  }

  /** Opens sales and finance report downloads. */
  public Reports reports() {
    return new Reports(errors);
  }

  /** Live request counters; call {@code stats().snapshot()} for a report. */
  public RequestStats stats() {
    return stats;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /** Builds an {@link AscClient}; defaults: real clock and sleeper, timeouts 10 s / 60 s. */
  public static final class AscClientBuilder {
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
}
