package dev.ascform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that reads the config reports a config error the same way, from the one place that
 * maps exceptions to messages and exit codes (cli.ExitCodes): each problem with its position, one
 * count saying nothing was changed, exit 1.
 */
class ConfigErrorEveryCommandTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plan",
        "apply --auto-approve",
        "import device.alice_iphone D1",
        "state list",
        "force-unlock 1234",
        "certificates export dist -o OUT",
        "profiles download -o OUT",
        "export -o OUT"
      })
  void aConfigErrorIsListedWithItsPositionAndExitsOne(String command) {
    Workspace ws = new Workspace(tmp);
    Edits.replace(ws.config.resolve("devices.yaml"), "device_class: IPAD", "device_class: TABLET");
    String[] args = command.replace("OUT", tmp.resolve("out").toString()).split(" ");
    Workspace.Run r = ws.sandbox(args);
    assertThat(r.code()).as(r.all()).isEqualTo(1);
    assertThat(r.err())
        .as(command)
        .containsPattern("devices\\.yaml:\\d+:\\d+: ")
        .contains("3 errors in the configuration; nothing was changed.")
        .doesNotContain("Error:");
    assertThat(ws.state()).doesNotExist();
  }
}
