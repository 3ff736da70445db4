package dev.ascform.model;

import dev.ascform.diag.SourcePos;
import java.util.Objects;
import java.util.Optional;

/**
 * An existing app the config refers to (apps are read-only in the API: never created).
 *
 * @param key local name
 * @param bundleId the app's bundle identifier, which finds it in the account
 * @param name the app's name, when given (informational)
 */
public record AppSpec(
    String key, String bundleId, Optional<String> name, boolean preventDestroy, SourcePos pos)
    implements ResourceSpec {
  public AppSpec {
    Copies.req(key, "key");
    Copies.req(bundleId, "bundleId");
    name = Copies.opt(name);
    Objects.requireNonNull(pos, "pos");
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.APP;
  }
}
