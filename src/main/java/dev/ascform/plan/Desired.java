package dev.ascform.plan;

import java.util.Objects;

/** A desired resource with its lifecycle flags from the config. */
public record Desired<D>(D resource, boolean preventDestroy) {
  public Desired {
    Objects.requireNonNull(resource, "resource");
  }

  /** A desired resource without {@code prevent_destroy}. */
  public static <D> Desired<D> of(D resource) {
    return new Desired<>(resource, false);
  }
}
