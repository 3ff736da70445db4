package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistyped --target address, or an Apple-side key where a local name belongs, gets a suggestion.
 */
class DidYouMeanTest {
  @TempDir Path tmp;

  @Test
  void aMistypedTargetSuggestsTheAddress() {
    Workspace ws = new Workspace(tmp);
    Workspace.Run typo = ws.sandbox("plan", "--target", "bundle_id.notes_ap");
    assertThat(typo.code()).isEqualTo(1);
    assertThat(typo.err())
        .contains(
            "--target bundle_id.notes_ap: no such resource",
            "(did you mean 'bundle_id.notes_app'?)");
    Workspace.Run natural = ws.sandbox("plan", "--target", "bundle_id.com.acme.notes");
    assertThat(natural.code()).isEqualTo(1);
    assertThat(natural.err())
        .contains("(did you mean bundle_id.notes_app? com.acme.notes is its" + " natural key");
  }

  @Test
  void aBundleIdentifierWhereALocalNameBelongsSuggestsTheLocalName() throws Exception {
    Path config = tmp.resolve("c.yaml");
    Files.writeString(
        config,
        "account:\n  name: t\napps:\n  notes:\n    bundle_id: com.t.notes\n"
            + "    name: Notes\nbeta_groups:\n  team:\n    app: com.t.notes\n    name: Team\n");
    Workspace.Run r = Workspace.run("validate", "-c", config.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "beta_groups.team.app: 'com.t.notes' is not valid",
            "(did you mean 'notes' (apps.notes)? 'com.t.notes' is an Apple-side key; references use"
                + " the config's local name)");
  }
}
