package dev.ascform.model;

import java.util.Optional;

/**
 * A beta group's public TestFlight link.
 *
 * @param enabled whether the link is on
 * @param limit the maximum number of testers who may join through it, when limited
 */
public record PublicLink(boolean enabled, Optional<Integer> limit) {
  public PublicLink {
    limit = limit == null ? Optional.empty() : limit;
  }

  public static PublicLink disabled() {
    return new PublicLink(false, Optional.empty());
  }
}
