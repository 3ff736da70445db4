package dev.ascform.sandbox;

import java.nio.file.Path;
import java.time.Clock;

/**
 * How to start a sandbox. Start from {@link #defaults()} and adjust with the {@code with*} methods.
 *
 * @param port TCP port, 0 for an ephemeral one
 * @param bindAddress interface to bind, 127.0.0.1 by default
 * @param dataDir where {@code account.json} and {@code api-key.json} live, or null for memory only
 * @param seedFile a seed YAML loaded when the account is created, or null
 * @param latencyMs added to every /v1 response
 * @param faultRate probability (0..1) that a /v1 request gets an injected fault
 * @param faultSeed seed of the fault generator (same seed, same request order: same faults)
 * @param faultRetryAfterSeconds the {@code Retry-After} of an injected 429 or 503 (1 by default; 0
 *     makes fault-injection runs fast where the waits are not what is tested)
 * @param rateLimit requests per rolling hour per API key ({@code X-Rate-Limit} lim)
 * @param clock the sandbox's notion of now (token expiry, dates, rate-limit window)
 */
public record SandboxOptions(
    int port,
    String bindAddress,
    Path dataDir,
    Path seedFile,
    long latencyMs,
    double faultRate,
    long faultSeed,
    long faultRetryAfterSeconds,
    int rateLimit,
    Clock clock) {

  public SandboxOptions {
    if (faultRate < 0 || faultRate > 1) {
      throw new IllegalArgumentException("fault rate must be between 0 and 1, got " + faultRate);
    }
    if (rateLimit < 1) {
      throw new IllegalArgumentException("rate limit must be at least 1 request per hour");
    }
    if (faultRetryAfterSeconds < 0) {
      throw new IllegalArgumentException("Retry-After must not be negative");
    }
    if (latencyMs < 0) {
      throw new IllegalArgumentException("latency must not be negative");
    }
  }

  /** Ephemeral port on 127.0.0.1, in memory, no seed, no latency or faults, 3600 requests/hour. */
  public static SandboxOptions defaults() {
    return new SandboxOptions(0, "127.0.0.1", null, null, 0, 0, 0, 1, 3600, Clock.systemUTC());
  }

  public SandboxOptions withPort(int p) {
    return new SandboxOptions(
        p,
        bindAddress,
        dataDir,
        seedFile,
        latencyMs,
        faultRate,
        faultSeed,
        faultRetryAfterSeconds,
        rateLimit,
        clock);
  }

  public SandboxOptions withBindAddress(String a) {
    return new SandboxOptions(
        port,
        a,
        dataDir,
        seedFile,
        latencyMs,
        faultRate,
        faultSeed,
        faultRetryAfterSeconds,
        rateLimit,
        clock);
  }

  public SandboxOptions withDataDir(Path d) {
    return new SandboxOptions(
        port,
        bindAddress,
        d,
        seedFile,
        latencyMs,
        faultRate,
        faultSeed,
        faultRetryAfterSeconds,
        rateLimit,
        clock);
  }

  public SandboxOptions withSeedFile(Path s) {
    return new SandboxOptions(
        port,
        bindAddress,
        dataDir,
        s,
        latencyMs,
        faultRate,
        faultSeed,
        faultRetryAfterSeconds,
        rateLimit,
        clock);
  }

  public SandboxOptions withLatencyMs(long l) {
    return new SandboxOptions(
        port,
        bindAddress,
        dataDir,
        seedFile,
        l,
        faultRate,
        faultSeed,
        faultRetryAfterSeconds,
        rateLimit,
        clock);
  }

  public SandboxOptions withFaults(double rate, long seed) {
    return new SandboxOptions(
        port,
        bindAddress,
        dataDir,
        seedFile,
        latencyMs,
        rate,
        seed,
        faultRetryAfterSeconds,
        rateLimit,
        clock);
  }

  public SandboxOptions withRateLimit(int r) {
    return new SandboxOptions(
        port,
        bindAddress,
        dataDir,
        seedFile,
        latencyMs,
        faultRate,
        faultSeed,
        faultRetryAfterSeconds,
        r,
        clock);
  }

  public SandboxOptions withClock(Clock c) {
    return new SandboxOptions(
        port,
        bindAddress,
        dataDir,
        seedFile,
        latencyMs,
        faultRate,
        faultSeed,
        faultRetryAfterSeconds,
        rateLimit,
        c);
  }

  /** The {@code Retry-After} seconds of injected 429 and 503 faults. */
  public SandboxOptions withFaultRetryAfter(long seconds) {
    return new SandboxOptions(
        port,
        bindAddress,
        dataDir,
        seedFile,
        latencyMs,
        faultRate,
        faultSeed,
        seconds,
        rateLimit,
        clock);
  }
}
