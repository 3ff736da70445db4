package dev.ascform.sandbox.seed;

import dev.ascform.sandbox.pki.SandboxCa;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Ids;
import dev.ascform.sandbox.store.Team;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Creates the initial account: from a seed file, or an empty team with vendor number 80000000. */
public final class Seeds {
  /** The vendor number of an account created without a seed. */
  public static final String DEFAULT_VENDOR = "80000000";

  private Seeds() {}

  /**
   * The initial account for this seed file (null: the default empty team). Seeded certificates are
   * issued by {@code ca} for freshly generated keys. Throws IllegalArgumentException naming the
   * file and item when the seed is wrong.
   */
  public static Account initial(Path seedFile, Clock clock, SandboxCa ca) {
    if (seedFile != null) {
      return SeedLoader.load(seedFile, clock, ca);
    }
    return new Account(defaultTeam(clock));
  }

  static Team defaultTeam(Clock clock) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return new Team(
        "Sandbox Team", Ids.short10(), List.of(DEFAULT_VENDOR), today.withDayOfYear(1).toString());
  }
}
