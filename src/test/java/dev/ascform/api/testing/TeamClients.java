package dev.ascform.api.testing;

import dev.ascform.api.AscClient;
import dev.ascform.api.auth.ApiCredentials;
import dev.ascform.api.auth.PrivateKeys;
import dev.ascform.sandbox.TeamKey;

/** Clients of a sandbox (or a proxy in front of one) signed with the sandbox's team key. */
public final class TeamClients {
  private TeamClients() {}

  /** A client of {@code baseUrl} with {@code key}, as ascform's commands would use it. */
  public static AscClient of(String baseUrl, TeamKey key) {
    return AscClient.builder()
        .baseUrl(baseUrl)
        .credentials(
            new ApiCredentials(
                key.keyId(),
                key.issuerId(),
                PrivateKeys.parsePem(key.privateKeyPem(), "test"),
                "test"))
        .build();
  }
}
