package dev.ascform.sandbox;

import com.sun.net.httpserver.HttpServer;
import dev.ascform.sandbox.admin.AdminServer;
import dev.ascform.sandbox.auth.TokenVerifier;
import dev.ascform.sandbox.faults.FaultInjector;
import dev.ascform.sandbox.faults.RateLimiter;
import dev.ascform.sandbox.http.ApiServer;
import dev.ascform.sandbox.http.RequestStats;
import dev.ascform.sandbox.pki.SandboxCa;
import dev.ascform.sandbox.resources.Routes;
import dev.ascform.sandbox.resources.Services;
import dev.ascform.sandbox.store.Account;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A running App Store Connect API sandbox on loopback.
 *
 * <pre>{@code
 * try (Sandbox sb = Sandbox.start(SandboxOptions.defaults())) {
 *   URI api = URI.create(sb.baseUrl() + "/v1/bundleIds");   // http://127.0.0.1:PORT
 *   TeamKey key = sb.teamKey();                              // sign ES256 JWTs with it
 *   long n = sb.stats().count("GET /v1/bundleIds");
 * }
 * }</pre>
 *
 * <p>Thread-safe. {@link #account()} gives read access to the live data for tests: hold {@code
 * synchronized (sb.account())} while reading it if requests may run concurrently, and never modify
 * it.
 */
public final class Sandbox implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final AccountHolder holder;
  private final RequestStats stats;
  private final String baseUrl;
  private volatile FaultInjector faults = new FaultInjector(0, 0, 1);

  private Sandbox(
      HttpServer server, ExecutorService executor, AccountHolder holder, RequestStats stats) {
    this.server = server;
    this.executor = executor;
    this.holder = holder;
    this.stats = stats;
    String host = server.getAddress().getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    this.baseUrl = "http://" + host + ":" + server.getAddress().getPort();
  }

  /** Loads or creates the account and starts serving. */
  public static Sandbox start(SandboxOptions options) {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    SandboxCa ca = new SandboxCa();
    AccountHolder holder = AccountHolder.open(options, ca);
    RequestStats stats = new RequestStats();
    RateLimiter limiter = new RateLimiter(options.rateLimit(), options.clock());
    FaultInjector faults =
        new FaultInjector(
            options.faultRate(), options.faultSeed(), options.faultRetryAfterSeconds());
    ApiServer api =
        new ApiServer(
            Routes.handlers(new Services(ca)),
            holder::account,
            new TokenVerifier(() -> holder.account().keys(), options.clock()),
            limiter,
            faults,
            stats,
            holder::persist,
            options.latencyMs(),
            options.clock());
    ExecutorService executor =
        Executors.newFixedThreadPool(
            8,
            r -> {
              Thread t = new Thread(r, "ascform-sandbox");
              t.setDaemon(true);
              return t;
            });
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(options.bindAddress(), options.port()), 64);
      server.setExecutor(executor);
      Sandbox sandbox = new Sandbox(server, executor, holder, stats);
      sandbox.faults = faults;
      if (sandbox.privateKeyFile() != null
          && !java.nio.file.Files.isRegularFile(sandbox.privateKeyFile())) {
        sandbox.writePrivateKey(sandbox.privateKeyFile());
      }
      AdminServer admin = new AdminServer(holder, stats, limiter, options.clock());
      server.createContext("/", new Dispatcher(api, admin, sandbox.baseUrl));
      server.start();
      return sandbox;
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException(
          "cannot listen on " + options.bindAddress() + ":" + options.port(), e);
    }
  }

  /** The base URL, e.g. {@code http://127.0.0.1:50123} (append {@code /v1/...}). */
  public String baseUrl() {
    return baseUrl;
  }

  /** The team key clients sign their tokens with. */
  public TeamKey teamKey() {
    return holder.teamKey();
  }

  /**
   * Writes the team key's PEM to {@code file} (created rw-------), e.g. for {@code
   * ASC_PRIVATE_KEY_PATH}. With a data directory the sandbox already keeps {@code
   * DIR/AuthKey_<keyId>.p8}; see {@link #privateKeyFile()}.
   */
  public void writePrivateKey(java.nio.file.Path file) {
    KeyFile.writeOwnerOnly(
        file, teamKey().privateKeyPem().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  /** {@code DIR/AuthKey_<keyId>.p8} when there is a data directory, else null. */
  public java.nio.file.Path privateKeyFile() {
    return holder.dataDir() == null
        ? null
        : holder.dataDir().resolve("AuthKey_" + teamKey().keyId() + ".p8");
  }

  /** {@code DIR/api-key.json} (fastlane's format) when there is a data directory, else null. */
  public java.nio.file.Path apiKeyJsonFile() {
    return holder.dataDir() == null ? null : holder.dataDir().resolve("api-key.json");
  }

  /** Request counts so far. */
  public SandboxStats stats() {
    return new SandboxStats(stats.snapshot(), stats.total());
  }

  /** Faults injected so far, by type (e.g. {@code SERVER_ERROR=3}); empty without faults. */
  public Map<String, Long> faultCounts() {
    return faults.counts();
  }

  /** The live account (read-only use; synchronise on it while reading). */
  public Account account() {
    return holder.account();
  }

  /** Stops serving (waits up to one second for requests in flight). */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      executor.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    executor.shutdownNow();
  }
}
