package dev.ascform.laws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.laws.Rig.Run;
import dev.ascform.reliability.AccountCheck;
import dev.ascform.sandbox.SandboxOptions;

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

  /** Applies allowed under faults before law 9 counts as broken. */
  static final int FAULTY_APPLIES = 6;

  /**
   * A sandbox failing {@code rate} of its requests, drawn from {@code seed}. Retry-After 0: the
   * client's waits are not what law 9 is about (RetryTest checks them); a 500's backoff is real.
   */
  static SandboxOptions faulty(double rate, long seed) {
    return SandboxOptions.defaults().withFaults(rate, seed).withFaultRetryAfter(0);
  }

  /**
   * Law 9 on a faulty rig: within {@link #FAULTY_APPLIES} applies (each, once it succeeds, followed
   * by a plan, both under faults) apply succeeds and the plan has no changes; a further apply sends
   * no write; the account holds no duplicate. Returns the applies needed ("1", "2", ...), or
   * "refused: RULE" when the plan was refused beforehand by a rule it names ({@link
   * LawsTest#refusal}).
   */
  static String convergesUnderFaults(Rig rig) {
    Run apply = null;
    Run plan = null;
    int runs = 0;
    while (runs < FAULTY_APPLIES) {
      runs++;
      apply = rig.cli("apply", "--auto-approve", "--no-color");
      if (LawsTest.refusal(apply) != null) {
        return "refused: " + LawsTest.refusal(apply);
      }
      if (apply.code() == 0) {
        plan = rig.cli("plan", "--detailed-exitcode", "--no-color");
        if (plan.code() == 0) {
          break;
        }
      }
    }
    assertThat(apply.code())
        .as("law 9: apply succeeds within " + FAULTY_APPLIES + " runs\n" + apply.all())
        .isZero();
    assertThat(plan.code())
        .as("law 9: no changes within " + FAULTY_APPLIES + " runs\n" + plan.all())
        .isZero();
    long writes = rig.writes();
    rig.cli("apply", "--auto-approve", "--no-color");
    assertThat(rig.writes())
        .as("law 9 with law 2: a further apply sends no write " + rig.writesByOperation())
        .isEqualTo(writes);
    assertThat(AccountCheck.duplicates(rig.sb.account())).as("law 9: no duplicate").isEmpty();
    return String.valueOf(runs);
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
