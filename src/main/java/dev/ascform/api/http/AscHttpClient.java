package dev.ascform.api.http;

import dev.ascform.api.auth.TokenProvider;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * The Feign {@link Client} every App Store Connect call goes through. It adds the bearer token,
 * bounds concurrency, paces requests when the rate-limit budget is low, counts and times every
 * attempt, logs method/URL/status/duration (never headers, tokens or keys), retries reads on
 * 429/5xx/connection failures (but not a refused connection: nothing listens there), and resends
 * any request once with a fresh token after a 401 {@code NOT_AUTHORIZED} (Apple did not process
 * it): one request at a time, and once a fresh token is refused too, no request is sent again
 * ({@link AuthGate}). Writes are otherwise never resent.
 */
public final class AscHttpClient implements Client {
  private final Client delegate;
  private final TokenProvider tokens;
  private final RetryPolicy retryPolicy;
  private final RateLimitGovernor governor;
  private final RequestStats stats;
  private final Sleeper sleeper;
  private final Random random;
  private final Clock clock;
  private final Consumer<String> debug;
  private final PriorityPermits permits;
  private final AuthGate auth = new AuthGate();

  /** Everything the client needs; see the builder in {@code AscClient}. */
  public record Settings(
      TokenProvider tokens,
      RetryPolicy retryPolicy,
      RateLimitGovernor governor,
      RequestStats stats,
      Sleeper sleeper,
      Random random,
      Clock clock,
      Consumer<String> debug,
      int maxConcurrency) {}

  public AscHttpClient(Client delegate, Settings s) {
    this.delegate = delegate;
    this.tokens = s.tokens();
    this.retryPolicy = s.retryPolicy();
    this.governor = s.governor();
    this.stats = s.stats();
    this.sleeper = s.sleeper();
    this.random = s.random();
    this.clock = s.clock();
    this.debug = s.debug();
    this.permits = new PriorityPermits(s.maxConcurrency());
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    String method = request.httpMethod().name();
    String template = PathTemplates.template(request.url());
    boolean read = request.httpMethod() == Request.HttpMethod.GET;
    boolean refreshed = false;
    boolean probing = false;
    Duration waited = Duration.ZERO;
    try {
      for (int attempt = 1; ; attempt++) {
        governor.beforeRequest();
        Sent sent = send(request, options, probing, refreshed);
        if (sent.token() == null) {
          return sent.response(); // the key was rejected already: replayed, not sent
        }
        String token = sent.token();
        long nanos = sent.nanos();
        stats.record(method, template, nanos);
        if (sent.failure() != null) {
          IOException e = sent.failure();
          log(method, request.url(), "failed (" + e.getClass().getSimpleName() + ")", nanos);
          if (probing) {
            auth.settle(null);
            probing = false;
          }
          Duration delay = read && !refused(e) ? nextDelay(attempt, null, waited) : null;
          if (delay == null) {
            throw transportFailure(method, request.url(), e, attempt);
          }
          waited = waited.plus(delay);
          pause(method, request.url(), delay, "connection failure");
          continue;
        }
        Response response = sent.response();
        governor.observe(header(response, "x-rate-limit"));
        log(method, request.url(), String.valueOf(response.status()), nanos);
        int status = response.status();
        if (status == 401 && ResponseChecks.isNotAuthorized(response)) {
          if (!refreshed) {
            refreshed = true;
            probing = sent.claimed();
            if (!probing) {
              auth.awaitProbe();
              Response replay = auth.replay(request);
              if (replay != null) {
                return replay;
              }
            }
            tokens.invalidate(token);
            stats.recordRetry();
            debug.accept(
                "retrying " + method + " " + request.url() + " once with a fresh token (401)");
            attempt--;
            continue;
          }
          if (probing) {
            auth.settle(response);
            probing = false;
          } else {
            auth.reject(response);
          }
          return response;
        }
        if (probing) {
          auth.settle(null);
          probing = false;
        }
        if (read && RetryPolicy.isRetryableStatus(status)) {
          Duration delay = nextDelay(attempt, header(response, "retry-after"), waited);
          if (delay != null) {
            response.close();
            waited = waited.plus(delay);
            pause(method, request.url(), delay, "HTTP " + status);
            continue;
          }
        }
        if (status < 300
            && ResponseChecks.expectsJsonOnly(request)
            && !ResponseChecks.isJsonOrEmpty(response)) {
          throw ResponseChecks.notJson(method, request.url(), response);
        }
        return response;
      }
    } finally {
      if (probing) {
        auth.settle(null);
      }
    }
  }

  /**
   * One attempt: a response or a failure, the token it carried and how long it took; or, when the
   * key was rejected meanwhile, the kept rejection with no token (nothing was sent).
   */
  private record Sent(
      Response response, IOException failure, String token, long nanos, boolean claimed) {}

  /**
   * Takes a permit, then (unless this request is the probe) waits out a fresh-token probe in flight
   * without holding the permit, signs with the current token and sends; a first 401 claims the
   * probe before the permit is released, so nothing slips in with the same token.
   */
  private Sent send(Request request, Request.Options options, boolean probe, boolean refreshed) {
    int priority = RequestPriority.current();
    permits.acquire(priority);
    try {
      while (!probe && auth.probing()) {
        permits.release();
        try {
          auth.awaitProbe();
        } finally {
          permits.acquire(priority);
        }
      }
      Response replay = probe ? null : auth.replay(request);
      if (replay != null) {
        return new Sent(replay, null, null, 0, false);
      }
      String token = tokens.token();
      long start = System.nanoTime();
      try {
        Response response = delegate.execute(withToken(request, token), options);
        long nanos = System.nanoTime() - start;
        // A read's body is read here, inside the retry loop: a body cut off mid-read is an
        // IOException below and the read is sent again, like a dropped connection (read outside,
        // by the decoder, it failed the plan with "closed reading GET ...").
        boolean read = request.httpMethod() == Request.HttpMethod.GET;
        response = read || response.status() >= 400 ? ResponseChecks.buffered(response) : response;
        boolean claimed =
            response.status() == 401
                && !refreshed
                && !probe
                && ResponseChecks.isNotAuthorized(response)
                && auth.tryClaimProbe();
        return new Sent(response, null, token, nanos, claimed);
      } catch (IOException e) {
        return new Sent(null, e, token, System.nanoTime() - start, false);
      }
    } finally {
      permits.release();
    }
  }

  private Duration nextDelay(int attempt, String retryAfter, Duration waited) {
    if (attempt >= retryPolicy.maxAttempts()) {
      return null;
    }
    Duration asked = RetryAfter.parse(retryAfter, clock);
    Duration delay = asked != null ? asked : retryPolicy.backoff(attempt, random);
    return waited.plus(delay).compareTo(retryPolicy.maxTotalWait()) > 0 ? null : delay;
  }

  private void pause(String method, String url, Duration delay, String why) {
    stats.recordRetry();
    debug.accept(
        "retrying " + method + " " + url + " in " + delay.toMillis() + " ms (" + why + ")");
    sleeper.sleep(delay);
  }

  /**
   * True when the connection was refused: nothing listens on the port (a stopped sandbox, a wrong
   * {@code --api-url}). Retrying with backoff would only delay the same answer by seconds.
   */
  static boolean refused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.ConnectException) {
        return true;
      }
    }
    return false;
  }

  private static ApiTransportException transportFailure(
      String method, String url, IOException e, int attempts) {
    String why =
        e.getMessage() == null
            ? e.getClass().getSimpleName()
            : e.getClass().getSimpleName() + ": " + e.getMessage();
    if (refused(e)) {
      java.net.URI uri = java.net.URI.create(url);
      int port =
          uri.getPort() != -1 ? uri.getPort() : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : 443;
      why = "connection refused: nothing is listening on " + uri.getHost() + ":" + port;
    }
    String msg =
        "could not reach App Store Connect for "
            + method
            + " "
            + PathTemplates.path(url)
            + " after "
            + attempts
            + (attempts == 1 ? " attempt" : " attempts")
            + " ("
            + why
            + "). Check the network, a proxy, or --api-url; raise --request-timeout for slow"
            + " links.";
    return new ApiTransportException(msg, method, PathTemplates.path(url), e);
  }

  private static Request withToken(Request request, String token) {
    Map<String, Collection<String>> headers = new LinkedHashMap<>(request.headers());
    headers.keySet().removeIf(k -> k.equalsIgnoreCase("authorization"));
    headers.put("Authorization", List.of("Bearer " + token));
    return Request.create(
        request.httpMethod(),
        request.url(),
        headers,
        request.body(),
        request.charset(),
        request.requestTemplate());
  }

  private void log(String method, String url, String outcome, long nanos) {
    debug.accept(method + " " + url + " -> " + outcome + " (" + nanos / 1_000_000 + " ms)");
  }

  private static String header(Response response, String name) {
    return ResponseChecks.header(response, name);
  }
}
