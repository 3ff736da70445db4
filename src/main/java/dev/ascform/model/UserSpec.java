package dev.ascform.model;

import dev.ascform.diag.SourcePos;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A team member: a user once the invitation is accepted, an invitation before that.
 *
 * @param email the user name in Apple; the natural key (compare with {@link #normalizedEmail()})
 * @param roles the full wanted set (Apple replaces roles as a whole)
 * @param visibleApps local names of {@link AppSpec}s; meaningful only when not all apps are visible
 */
public record UserSpec(
    String key,
    String email,
    String firstName,
    String lastName,
    Set<UserRole> roles,
    boolean allAppsVisible,
    boolean provisioningAllowed,
    List<String> visibleApps,
    boolean preventDestroy,
    SourcePos pos)
    implements ResourceSpec {
  public UserSpec {
    Copies.req(key, "key");
    Copies.req(email, "email");
    Copies.req(firstName, "firstName");
    Copies.req(lastName, "lastName");
    roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    visibleApps = Copies.list(visibleApps);
    Objects.requireNonNull(pos, "pos");
  }

  public String normalizedEmail() {
    return email.toLowerCase(Locale.ROOT);
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.USER;
  }
}
