package dev.ascform.model;

import java.util.Objects;

/**
 * The account the config describes.
 *
 * @param name names the state file (e.g. {@code state/acme.sandbox.state.json})
 * @param credentials references to the API key; {@link CredentialRefs#none()} when not given
 */
public record AccountSpec(String name, CredentialRefs credentials) {
  public AccountSpec {
    Objects.requireNonNull(name, "name");
    credentials = credentials == null ? CredentialRefs.none() : credentials;
  }
}
