package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export then plan on the sandbox: the exported config and state plan no changes (issue #8). */
class ExportRoundTripTest {
  @TempDir Path tmp;

  private Workspace.Run export(Workspace ws, Path out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "export",
                "-o",
                out.toString(),
                "-c",
                ws.config.toString(),
                "--sandbox",
                "--sandbox-home",
                ws.home.toString(),
                "--account",
                "acme_export"));
    args.addAll(List.of(more));
    return Workspace.run(args.toArray(String[]::new));
  }

  private Workspace.Run plan(Workspace ws, Path config) {
    return Workspace.run(
        "plan",
        "-c",
        config.toString(),
        "--sandbox",
        "--sandbox-home",
        ws.home.toString(),
        "--detailed-exitcode",
        "--no-color");
  }

  @Test
  void exportedAcmeAccountPlansNoChangesWithAdopt() throws Exception {
    Workspace ws = new Workspace(tmp);
    Path out = tmp.resolve("exported");
    Workspace.Run export = export(ws, out, "--adopt");
    assertThat(export.code()).as(export.all()).isZero();
    assertThat(export.out()).contains("Adopted ", "Next: ascform plan -c " + out);
    assertThat(export.err()).doesNotContain("warning");
    Workspace.Run plan = plan(ws, out);
    assertThat(plan.code()).as(plan.all()).isZero();
    assertThat(plan.out()).contains("No changes");
  }

  @Test
  void withoutAdoptThePlanOnlyAdopts() throws Exception {
    Workspace ws = new Workspace(tmp);
    Path out = tmp.resolve("exported");
    assertThat(export(ws, out).code()).isZero();
    assertThat(Files.exists(tmp.resolve(".ascform/sandbox/acme_export.state.json"))).isFalse();
    Workspace.Run plan = plan(ws, out);
    assertThat(plan.code()).as(plan.all()).isEqualTo(2);
    assertThat(plan.out()).contains("<= device.").doesNotContain("+ ", "- ", "~ ");
  }
}
