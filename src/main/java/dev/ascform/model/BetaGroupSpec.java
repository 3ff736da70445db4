package dev.ascform.model;

import dev.ascform.diag.SourcePos;
import java.util.List;
import java.util.Objects;

/**
 * A TestFlight beta group of one app, with its testers and builds.
 *
 * @param app local name of an {@link AppSpec}; immutable in Apple
 * @param name the group name, unique per app
 * @param internal internal group (team members only); immutable in Apple
 * @param hasAccessToAllBuilds internal groups only; immutable in Apple
 * @param feedbackEnabled whether testers may send feedback (default true)
 * @param testers by email, in config order
 */
public record BetaGroupSpec(
    String key,
    String app,
    String name,
    boolean internal,
    boolean hasAccessToAllBuilds,
    PublicLink publicLink,
    boolean feedbackEnabled,
    List<TesterSpec> testers,
    BuildSelection builds,
    boolean preventDestroy,
    SourcePos pos)
    implements ResourceSpec {
  public BetaGroupSpec {
    Copies.req(key, "key");
    Copies.req(app, "app");
    Copies.req(name, "name");
    publicLink = publicLink == null ? PublicLink.disabled() : publicLink;
    testers = Copies.list(testers);
    builds = builds == null ? BuildSelection.none() : builds;
    Objects.requireNonNull(pos, "pos");
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.BETA_GROUP;
  }
}
