package dev.ascform.state;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Who holds a state lock: written into the lock file and shown to whoever waits for it.
 *
 * @param id the lock's id, for {@code ascform force-unlock ID}
 * @param owner {@code user@host}
 * @param pid the holder's process id
 * @param host the holder's host name
 * @param created when it was taken, ISO-8601
 * @param operation what the holder is doing ("apply", "state rm")
 */
public record LockInfo(
    @JsonProperty("id") String id,
    @JsonProperty("owner") String owner,
    @JsonProperty("pid") long pid,
    @JsonProperty("host") String host,
    @JsonProperty("created") String created,
    @JsonProperty("operation") String operation) {

  public LockInfo {
    Objects.requireNonNull(id, "id");
  }

  /** A new lock description for this process. */
  public static LockInfo forThisProcess(String operation, Clock clock) {
    String host = hostName();
    return new LockInfo(
        UUID.randomUUID().toString(),
        System.getProperty("user.name", "unknown") + "@" + host,
        ProcessHandle.current().pid(),
        host,
        clock.instant().toString(),
        operation);
  }

  /** "locked by alice@ci-runner (pid 1234) since 2026-11-27T10:00:00Z for apply". */
  public String describe() {
    return "locked by "
        + owner
        + (pid > 0 ? " (pid " + pid + ")" : "")
        + " since "
        + created
        + (operation == null ? "" : " for " + operation);
  }

  private static String hostName() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) {
      return env;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      return "unknown-host";
    }
  }
}
