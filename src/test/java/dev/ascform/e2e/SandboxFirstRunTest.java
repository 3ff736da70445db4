package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox's first minutes: an empty account from a config without a seed, a seed that cannot be
 * used because the account exists (said so), and {@code ascform sandbox reset}.
 */
class SandboxFirstRunTest {
  static final String IGNORED =
      "seed ignored: the account exists (ascform sandbox reset to start over)";

  @TempDir Path home;

  private Path config(String name, String seed) throws Exception {
    Path dir = Files.createDirectories(home.resolve(name));
    Files.writeString(
        dir.resolve("account.yaml"),
        "account:\n  name: "
            + name
            + "\n"
            + "bundle_ids:\n  app:\n    identifier: com."
            + name
            + ".app\n    name: App\n"
            + "    platform: IOS\n");
    if (seed != null) {
      Files.writeString(dir.resolve("sandbox-seed.yaml"), seed);
    }
    return dir;
  }

  private Workspace.Run sandbox(Path config, String... args) {
    String[] all = new String[args.length + 5];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(
        new String[] {"-c", config.toString(), "--sandbox", "--sandbox-home", home.toString()},
        0,
        all,
        args.length,
        5);
    return Workspace.run(all);
  }

  @Test
  void aConfigWithoutASeedStartsFromAnEmptyAccount() throws Exception {
    Workspace.Run r = sandbox(config("empty", null), "plan", "--no-color");
    assertThat(r.code()).as(r.all()).isZero();
    assertThat(r.out())
        .contains("+ bundle_id.app", "Plan: 1 to create, 0 to update")
        .doesNotContain("<=")
        .doesNotContain("already exists");
    assertThat(home.resolve(".ascform/sandbox/account.json")).exists();
  }

  @Test
  void aSeedForAnExistingAccountIsIgnoredAndSaysSoUntilReset() throws Exception {
    Path first = config("first", "team:\n  vendorNumbers: [\"85011111\"]\n");
    Path second = config("second", "team:\n  vendorNumbers: [\"85022222\"]\n");
    Path account = home.resolve(".ascform/sandbox/account.json");

    assertThat(sandbox(first, "apply", "--auto-approve").err()).doesNotContain("seed ignored");
    assertThat(sandbox(first, "plan").err()).doesNotContain("seed ignored");
    assertThat(Files.readString(account)).contains("85011111");

    Workspace.Run ignored = sandbox(second, "plan");
    assertThat(ignored.err()).contains(IGNORED);
    assertThat(Files.readString(account)).contains("85011111").doesNotContain("85022222");

    Workspace.Run reset =
        Workspace.run("sandbox", "reset", "--data", home.resolve(".ascform/sandbox").toString());
    assertThat(reset.code()).as(reset.all()).isZero();
    assertThat(reset.out()).contains("removed", "account.json", "first.state.json");
    assertThat(account).doesNotExist();
    assertThat(home.resolve(".ascform/sandbox/first.state.json")).doesNotExist();

    Workspace.Run fresh = sandbox(second, "plan");
    assertThat(fresh.err()).doesNotContain("seed ignored");
    assertThat(Files.readString(account)).contains("85022222");
    assertThat(Workspace.run("sandbox", "reset", "--data", home.resolve("none").toString()).out())
        .contains("nothing to reset");
  }
}
