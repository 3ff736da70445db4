package dev.ascform.sandbox.generate;

import dev.ascform.sandbox.generate.AccountModel.App;
import dev.ascform.sandbox.generate.AccountModel.Build;
import dev.ascform.sandbox.generate.AccountModel.Group;
import dev.ascform.sandbox.generate.AccountModel.Person;
import dev.ascform.sandbox.generate.AccountModel.Tester;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates users (one Account Holder, four admins), pending invitations, TestFlight testers and
 * beta groups: per app an internal group of team members with access to all builds, and two
 * external groups with builds; every external tester is in one or two external groups.
 */
final class People {
  private static final List<List<String>> ROLES =
      List.of(
          List.of("DEVELOPER"),
          List.of("DEVELOPER", "CUSTOMER_SUPPORT"),
          List.of("APP_MANAGER"),
          List.of("MARKETING"),
          List.of("FINANCE", "SALES"),
          List.of("ACCESS_TO_REPORTS"),
          List.of("DEVELOPER"),
          List.of("APP_MANAGER", "DEVELOPER"));

  private final Scale scale;
  private final Random random;
  private final AccountModel model;

  People(Scale scale, Random random, AccountModel model) {
    this.scale = scale;
    this.random = random;
    this.model = model;
  }

  void generate() {
    for (int i = 0; i < scale.users + scale.invitations; i++) {
      model.people.add(person(i, i >= scale.users));
    }
    for (int i = 0; i < scale.apps; i++) {
      groups(i);
    }
    List<Group> external = model.groups.stream().filter(g -> !g.internal()).toList();
    int internalTesters = model.testers.size();
    for (int t = 0; t < scale.testers - internalTesters; t++) {
      Tester tester =
          new Tester(
              String.format("tester%05d@%s-beta.example", t + 1, model.org),
              Names.first(random),
              Names.last(random));
      model.testers.put(tester.email(), tester);
      Group first = external.get(random.nextInt(external.size()));
      join(first, tester.email());
      if (random.nextBoolean()) {
        Group second = external.get(random.nextInt(external.size()));
        if (!second.equals(first)) {
          join(second, tester.email());
        }
      }
    }
  }

  private Person person(int i, boolean invitation) {
    String first = Names.first(random);
    String last = Names.last(random);
    String email =
        String.format("%s.%s.%03d@%s.example", first, last, i + 1, model.org)
            .toLowerCase(Locale.ROOT);
    List<String> roles =
        i == 0
            ? List.of("ACCOUNT_HOLDER", "ADMIN")
            : i < 5 ? List.of("ADMIN") : ROLES.get(random.nextInt(ROLES.size()));
    boolean all = i < 5 || random.nextInt(3) > 0;
    List<String> visible = new ArrayList<>();
    if (!all) {
      for (App app : model.apps.isEmpty() ? List.<App>of() : model.apps) {
        if (visible.isEmpty() || random.nextInt(model.apps.size()) < 2) {
          visible.add(app.local());
        }
      }
    }
    boolean provisioning = roles.contains("DEVELOPER") || roles.contains("ADMIN");
    String local = (invitation ? "invitee_" : "user_") + String.format("%03d", i + 1);
    return new Person(
        local,
        email,
        first,
        last,
        roles,
        roles,
        all,
        provisioning,
        visible,
        invitation,
        true,
        true);
  }

  private void groups(int i) {
    App app = model.apps.get(i);
    List<Build> builds = model.builds.stream().filter(b -> b.app().equals(app.local())).toList();
    Group team =
        new Group(
            app.local() + "_team",
            app.local(),
            "Team",
            true,
            true,
            true,
            new ArrayList<>(),
            new ArrayList<>(),
            List.of());
    model.groups.add(team);
    for (int k = 0; k < Scale.INTERNAL_TESTERS_PER_GROUP; k++) {
      Person member = model.people.get((i * Scale.INTERNAL_TESTERS_PER_GROUP + k) % scale.users);
      model.testers.putIfAbsent(
          member.email(), new Tester(member.email(), member.first(), member.last()));
      if (!team.seedTesters().contains(member.email())) {
        join(team, member.email());
      }
    }
    Build latest = builds.get(builds.size() - 1);
    Build previous = builds.get(builds.size() - 2);
    model.groups.add(
        new Group(
            app.local() + "_qa",
            app.local(),
            "QA",
            false,
            true,
            true,
            new ArrayList<>(),
            new ArrayList<>(),
            List.of(previous, latest)));
    model.groups.add(
        new Group(
            app.local() + "_public",
            app.local(),
            "Public Beta",
            false,
            true,
            true,
            new ArrayList<>(),
            new ArrayList<>(),
            List.of(previous)));
  }

  private static void join(Group group, String email) {
    group.seedTesters().add(email);
    group.configTesters().add(email);
  }
}
