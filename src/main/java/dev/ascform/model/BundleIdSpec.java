package dev.ascform.model;

import dev.ascform.diag.SourcePos;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A bundle ID (App ID) and the capabilities it should have.
 *
 * @param identifier e.g. {@code com.acme.app} or a wildcard {@code com.acme.*}; immutable in Apple
 * @param name the App ID's description, updatable
 * @param platform immutable in Apple
 * @param seedId the team / App ID prefix, when given
 * @param capabilities by capability type, sorted
 */
public record BundleIdSpec(
    String key,
    String identifier,
    String name,
    BundleIdPlatform platform,
    Optional<String> seedId,
    SortedMap<String, CapabilitySpec> capabilities,
    boolean preventDestroy,
    SourcePos pos)
    implements ResourceSpec {
  public BundleIdSpec {
    Copies.req(key, "key");
    Copies.req(identifier, "identifier");
    Copies.req(name, "name");
    Objects.requireNonNull(platform, "platform");
    seedId = Copies.opt(seedId);
    capabilities = Copies.sorted(capabilities == null ? Map.of() : capabilities);
    Objects.requireNonNull(pos, "pos");
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.BUNDLE_ID;
  }
}
