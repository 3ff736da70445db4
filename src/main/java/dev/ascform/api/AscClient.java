package dev.ascform.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.api.http.ErrorDecoding;
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
import java.util.Random;

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
  private final Sleeper sleeper;
  private final RetryPolicy retryPolicy;
  private final Random random;

  AscClient(
      AscClientBuilder b,
      URI baseUrl,
      ObjectMapper mapper,
      Feign feign,
      RequestStats stats,
      ErrorDecoding errors,
      NextPages nextPages) {
    this.sleeper = b.sleeper;
    this.retryPolicy = b.retryPolicy;
    this.random = b.random;
    this.baseUrl = baseUrl;
    this.mapper = mapper;
    this.feign = feign;
    this.stats = stats;
    this.errors = errors;
    this.pager = new Pager(nextPages, b.maxPages);
    this.parts = new ApiParts(this);
  }

  /**
   * The client never resends a write by itself. A caller that read back and found that a write
   * Apple refused unprocessed (429, 503) did not land may send it again: this waits the retry
   * policy's backoff for resend number {@code resend} (1-based) and returns true, or returns false
   * at once when the policy allows no more attempts.
   */
  public boolean pauseBeforeResend(int resend) {
    if (resend >= retryPolicy.maxAttempts()) {
      return false;
    }
    sleeper.sleep(retryPolicy.backoff(resend, random));
    return true;
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
}
