package dev.ascform.config;

import dev.ascform.diag.SourcePos;
import java.util.Objects;

/**
 * A place in the config that needs an app to exist in the account: an {@code apps:} entry's {@code
 * bundle_id}, a user's {@code visible_apps} entry, or a beta group's {@code app}. Apps cannot be
 * created through the API, so the plan checks these against the apps it read.
 *
 * @param field the dotted config path, e.g. {@code users.dan.visible_apps[1]}
 * @param app the local name of the app
 * @param bundleId the app's bundle identifier
 * @param pos where the reference is written
 */
public record AppReference(String field, String app, String bundleId, SourcePos pos) {
  public AppReference {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(bundleId, "bundleId");
    Objects.requireNonNull(pos, "pos");
  }
}
