package dev.ascform.laws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.laws.Rig.Run;

/** Law checks shared by the properties and the kept cases. */
final class Checks {
  private Checks() {}

  /**
   * Laws 8, 1 and 2 on a rig with an empty state: two JSON plans are identical apart from stats;
   * apply succeeds; the next plan has no changes; a second apply sends no write. Returns the first
   * plan's output.
   */
  static String converges(Rig rig) {
    Run first = rig.cli("plan", "--format", "json");
    assertThat(first.code()).as(first.all()).isZero();
    Run second = rig.cli("plan", "--format", "json");
    assertThat(Rig.withoutStats(second.out()))
        .as("law 8: determinism")
        .isEqualTo(Rig.withoutStats(first.out()));
    Run apply = rig.cli("apply", "--auto-approve", "--no-color");
    assertThat(apply.code()).as("law 1: apply\n" + apply.all()).isZero();
    Run after = rig.cli("plan", "--detailed-exitcode", "--no-color");
    assertThat(after.code())
        .as("law 1: convergence after\n" + apply.all() + "\n" + after.all())
        .isZero();
    long writes = rig.writes();
    Run again = rig.cli("apply", "--auto-approve", "--no-color");
    assertThat(again.code()).as(again.all()).isZero();
    assertThat(rig.writes())
        .as("law 2: a second apply sends no write " + rig.writesByOperation())
        .isEqualTo(writes);
    return first.out();
  }

  /**
   * Law 5: {@code export --adopt} (of {@code kinds}, or every kind when null) writes a config that
   * validate accepts and that plans no changes against the account.
   */
  static void exportRoundTrip(Rig rig, String kinds) {
    java.nio.file.Path out = rig.dir.resolve("exported");
    java.nio.file.Path state = rig.dir.resolve("exported.state.json");
    java.util.List<String> args =
        new java.util.ArrayList<>(java.util.List.of("export", "-o", out.toString(), "--adopt"));
    if (kinds != null) {
      args.addAll(java.util.List.of("--kinds", kinds));
    }
    Run export = rig.cliOn(rig.config, state, args.toArray(String[]::new));
    assertThat(export.code()).as("law 5: export\n" + export.all()).isZero();
    Run validate = Rig.run("validate", "-c", out.toString());
    assertThat(validate.code()).as("law 5: the export loads\n" + validate.all()).isZero();
    Run plan = rig.cliOn(out, state, "plan", "--detailed-exitcode", "--no-color");
    assertThat(plan.code())
        .as(
            "law 5: no changes against the exported account\n"
                + plan.all()
                + "\n"
                + Exported.text(out))
        .isZero();
  }
}
