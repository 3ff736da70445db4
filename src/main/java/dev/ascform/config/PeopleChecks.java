package dev.ascform.config;

import dev.ascform.diag.SourcePos;
import dev.ascform.model.BetaGroupSpec;
import dev.ascform.model.BuildSelection;
import dev.ascform.model.ResourceKind;
import dev.ascform.model.Settings;
import dev.ascform.model.TesterSpec;
import dev.ascform.model.UserRole;
import dev.ascform.model.UserSpec;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Users and beta groups: emails, uniqueness, app references, TestFlight rules. */
final class PeopleChecks {
  private final CheckContext ctx;

  PeopleChecks(CheckContext ctx) {
    this.ctx = ctx;
  }

  void users(Collection<UserSpec> users, Settings settings) {
    for (UserSpec u : users) {
      String where = "users." + u.key();
      email(ctx.at(u, "email"), u.email(), where + ".email");
      for (int i = 0; i < u.visibleApps().size(); i++) {
        ctx.reference(
            ctx.at(u, "visible_apps", i),
            u.visibleApps().get(i),
            ResourceKind.APP,
            where + ".visible_apps");
      }
      if (u.allAppsVisible() && !u.visibleApps().isEmpty()) {
        ctx.warning(
            ctx.at(u, "visible_apps"),
            where + ".visible_apps is ignored: all_apps_visible is true");
      }
    }
    ctx.unique(
        List.copyOf(users), UserSpec::normalizedEmail, u -> ctx.at(u, "email"), "user email");
    List<UserSpec> holders =
        users.stream().filter(u -> u.roles().contains(UserRole.ACCOUNT_HOLDER)).toList();
    for (UserSpec extra : holders.subList(Math.min(1, holders.size()), holders.size())) {
      ctx.error(
          ctx.at(extra, "roles"),
          "users."
              + extra.key()
              + ".roles: a team has one ACCOUNT_HOLDER,"
              + " and users."
              + holders.get(0).key()
              + " already is");
    }
    long admins =
        users.stream()
            .filter(
                u ->
                    u.roles().contains(UserRole.ADMIN)
                        || u.roles().contains(UserRole.ACCOUNT_HOLDER))
            .count();
    if (settings.prunes(ResourceKind.USER) && admins < settings.minAdmins()) {
      ctx.error(
          ctx.positions.value("/settings/prune/users"),
          "settings.prune.users is on, but only "
              + admins
              + " declared user(s) are ADMIN or ACCOUNT_HOLDER; settings.min_admins is "
              + settings.minAdmins()
              + " (pruning would remove the others)");
    }
  }

  /**
   * Checks beta groups; {@code users} are the declared team members, against whom the testers of
   * internal groups are checked (a warning only: the team may have members config does not
   * declare).
   */
  void betaGroups(Collection<BetaGroupSpec> groups, Collection<UserSpec> users) {
    Set<String> team = new HashSet<>();
    users.forEach(u -> team.add(u.normalizedEmail()));
    for (BetaGroupSpec g : groups) {
      String where = "beta_groups." + g.key();
      ctx.reference(ctx.at(g, "app"), g.app(), ResourceKind.APP, where + ".app");
      rules(g, where);
      if (g.internal() && !team.isEmpty()) {
        g.testers().stream()
            .filter(t -> !team.contains(t.normalizedEmail()))
            .forEach(
                t ->
                    ctx.warning(
                        t.pos(),
                        where
                            + ": '"
                            + t.email()
                            + "' is not a declared user; internal groups"
                            + " take only team members (Apple answers 409 otherwise)"));
      }
      for (int i = 0; i < g.testers().size(); i++) {
        TesterSpec t = g.testers().get(i);
        email(ctx.at(g, "testers", i, "email"), t.email(), where + ".testers[" + i + "].email");
      }
      ctx.unique(g.testers(), TesterSpec::normalizedEmail, t -> t.pos(), "tester in " + where);
    }
    ctx.unique(
        List.copyOf(groups),
        g -> g.app() + "/" + g.name(),
        g -> ctx.at(g, "name"),
        "beta group (app/name)");
  }

  private void rules(BetaGroupSpec g, String where) {
    if (g.internal() && g.publicLink().enabled()) {
      ctx.error(
          ctx.at(g, "public_link"), where + ".public_link: internal groups have no public link");
    }
    if (g.hasAccessToAllBuilds() && !g.internal()) {
      ctx.error(
          ctx.at(g, "has_access_to_all_builds"),
          where
              + ".has_access_to_all_builds: only"
              + " internal groups can have access to all builds");
    }
    boolean listsBuilds = !(g.builds() instanceof BuildSelection.Listed l) || !l.builds().isEmpty();
    if (g.internal() && g.hasAccessToAllBuilds() && listsBuilds) {
      ctx.error(
          ctx.at(g, "builds"),
          where
              + ".builds: a group with access to all builds cannot be"
              + " given builds (Apple rejects it with 422)");
    }
    if (g.publicLink().limit().isPresent() && !g.publicLink().enabled()) {
      ctx.warning(
          ctx.at(g, "public_link", "limit"),
          where + ".public_link.limit has no effect:" + " the public link is not enabled");
    }
  }

  private void email(SourcePos pos, String email, String field) {
    if (!Syntax.isEmail(email)) {
      ctx.error(pos, field + ": '" + email + "' is not an email address");
    }
  }
}
