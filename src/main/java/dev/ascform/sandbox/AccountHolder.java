package dev.ascform.sandbox;

import dev.ascform.sandbox.pki.SandboxCa;
import dev.ascform.sandbox.seed.Seeds;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.AccountFile;
import dev.ascform.sandbox.store.ApiKeyRecord;
import dev.ascform.sandbox.store.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Owns the current account and the team key: loads {@code DIR/account.json} or creates the account
 * from the seed, creates the team key on first start (writing {@code DIR/api-key.json}), persists
 * after writes, and resets to the seed on request.
 */
public final class AccountHolder {
  private final SandboxOptions options;
  private final AccountFile file;
  private volatile Account account;
  private final TeamKey teamKey;

  private final SandboxCa ca;

  private AccountHolder(
      SandboxOptions options, SandboxCa ca, AccountFile file, Account account, TeamKey teamKey) {
    this.options = options;
    this.ca = ca;
    this.file = file;
    this.account = account;
    this.teamKey = teamKey;
  }

  static AccountHolder open(SandboxOptions options, SandboxCa ca) {
    Path dir = options.dataDir();
    AccountFile file = null;
    if (dir != null) {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create the sandbox data directory " + dir, e);
      }
      file = new AccountFile(dir.resolve("account.json"));
    }
    Account account =
        file != null && file.exists()
            ? file.load()
            : Seeds.initial(options.seedFile(), options.clock(), ca);
    Path keyPath = dir == null ? null : dir.resolve("api-key.json");
    TeamKey key;
    if (keyPath != null && Files.isRegularFile(keyPath) && knows(account, KeyFile.read(keyPath))) {
      key = KeyFile.read(keyPath);
    } else {
      TeamKey.Generated generated = TeamKey.generate(Ids.short10(), Ids.uuid());
      key = generated.teamKey();
      account
          .keys()
          .add(new ApiKeyRecord(key.keyId(), key.issuerId(), generated.publicKeyBase64()));
      if (keyPath != null) {
        KeyFile.write(keyPath, key);
      }
    }
    AccountHolder holder = new AccountHolder(options, ca, file, account, key);
    holder.persist();
    return holder;
  }

  private static boolean knows(Account account, TeamKey key) {
    return account.keys().stream()
        .anyMatch(k -> k.keyId().equals(key.keyId()) && k.issuerId().equals(key.issuerId()));
  }

  public Account account() {
    return account;
  }

  TeamKey teamKey() {
    return teamKey;
  }

  /** Writes the account to {@code account.json} when there is a data directory. */
  public void persist() {
    if (file != null) {
      Account current = account;
      synchronized (current) {
        file.save(current);
      }
    }
  }

  /** Replaces the account with a fresh one from the seed (keys are kept). */
  public void reset() {
    Account fresh = Seeds.initial(options.seedFile(), options.clock(), ca);
    fresh.keys().addAll(account.keys());
    account = fresh;
    persist();
  }

  /** The data directory, or null. */
  public Path dataDir() {
    return options.dataDir();
  }
}
