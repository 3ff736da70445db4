package dev.ascform.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.diag.SourcePos;
import dev.ascform.model.AppPlatform;
import dev.ascform.model.BetaGroupSpec;
import dev.ascform.model.BuildSelection;
import dev.ascform.model.PublicLink;
import dev.ascform.model.TesterSpec;
import dev.ascform.model.UserRole;
import dev.ascform.model.UserSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Builds the people records (users, beta groups with testers and builds) from valid mappings. */
final class PeopleBuilders {
  private final Positions positions;

  PeopleBuilders(Positions positions) {
    this.positions = positions;
  }

  UserSpec user(String key, JsonNode n, SourcePos pos) {
    EnumSet<UserRole> roles = EnumSet.noneOf(UserRole.class);
    Fields.texts(n, "roles").forEach(r -> roles.add(UserRole.valueOf(r)));
    return new UserSpec(
        key,
        Fields.text(n, "email"),
        Fields.text(n, "first_name"),
        Fields.text(n, "last_name"),
        roles,
        Fields.bool(n, "all_apps_visible", false),
        Fields.bool(n, "provisioning_allowed", false),
        Fields.texts(n, "visible_apps"),
        Fields.bool(n, "prevent_destroy", false),
        pos);
  }

  BetaGroupSpec betaGroup(String key, JsonNode n, SourcePos pos) {
    JsonNode link = n.path("public_link");
    PublicLink publicLink =
        new PublicLink(
            Fields.bool(link, "enabled", false),
            link.hasNonNull("limit") ? Optional.of(link.get("limit").asInt()) : Optional.empty());
    List<TesterSpec> testers = new ArrayList<>();
    JsonNode ts = n.path("testers");
    for (int i = 0; i < ts.size(); i++) {
      JsonNode t = ts.get(i);
      SourcePos tpos = positions.value("/beta_groups/" + key + "/testers/" + i);
      testers.add(
          new TesterSpec(
              Fields.text(t, "email"),
              Fields.optText(t, "first_name"),
              Fields.optText(t, "last_name"),
              tpos));
    }
    return new BetaGroupSpec(
        key,
        Fields.text(n, "app"),
        Fields.text(n, "name"),
        Fields.bool(n, "internal", false),
        Fields.bool(n, "has_access_to_all_builds", false),
        publicLink,
        Fields.bool(n, "feedback_enabled", true),
        testers,
        builds(n.path("builds")),
        Fields.bool(n, "prevent_destroy", false),
        pos);
  }

  private static BuildSelection builds(JsonNode b) {
    if (b.isObject()) {
      JsonNode latest = b.path("latest");
      return new BuildSelection.Latest(
          Fields.optText(latest, "version"),
          Fields.optEnum(latest, "platform", AppPlatform.class).orElse(AppPlatform.IOS));
    }
    List<BuildSelection.BuildRef> refs = new ArrayList<>();
    b.forEach(
        r ->
            refs.add(
                new BuildSelection.BuildRef(Fields.text(r, "version"), Fields.text(r, "build"))));
    return new BuildSelection.Listed(refs);
  }
}
