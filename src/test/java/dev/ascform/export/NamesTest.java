package dev.ascform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamesTest {
  @TempDir Path tmp;

  @Test
  void derivesSnakeCaseNamesFromAppleNames() {
    assertThat(Names.snake("Alice's iPhone 15", "device")).isEqualTo("alice_s_iphone_15");
    assertThat(Names.snake("  Zoë's Mac (M3) ", "device")).isEqualTo("zoe_s_mac_m3");
    assertThat(Names.snake("15 Pro", "device")).isEqualTo("device_15_pro");
    assertThat(Names.snake("!!!", "device")).isEqualTo("device");
  }

  @Test
  void dropsTheReverseDnsDomainOfBundleIdentifiers() {
    assertThat(Names.ofIdentifier("com.acme.notes.widget")).isEqualTo("notes_widget");
    assertThat(Names.ofIdentifier("com.acme.notes")).isEqualTo("notes");
    assertThat(Names.ofIdentifier("com.acme.*")).isEqualTo("all");
    assertThat(Names.ofIdentifier("acme")).isEqualTo("acme");
  }

  @Test
  void makesNamesUniqueInAssignmentOrderAndRemembersThem() {
    Names n = new Names();
    assertThat(n.assign("k1", "ipad")).isEqualTo("ipad");
    assertThat(n.assign("k2", "ipad")).isEqualTo("ipad_2");
    assertThat(n.assign("k3", "ipad")).isEqualTo("ipad_3");
    assertThat(n.assign("k2", "other")).isEqualTo("ipad_2");
    assertThat(n.get("k3")).isEqualTo("ipad_3");
    assertThat(n.get("nope")).isNull();
  }

  /** Law 5 finding (issue #21): a 64-character Apple name exported a key the config refused. */
  @Test
  void namesFitTheConfigsSixtyFourCharacters() {
    Names names = new Names();
    String base = Names.snake("Ünïcödé ".repeat(12), "group");
    assertThat(base.length()).isGreaterThan(64);
    String first = names.assign("k1", base);
    String second = names.assign("k2", base);
    assertThat(first).hasSize(63).matches("[a-z][a-z0-9_]*[a-z0-9]");
    assertThat(second).endsWith("_2").hasSizeLessThanOrEqualTo(64).isNotEqualTo(first);
  }

  @Test
  void theSchemaLineIsRelativeInsideTheRepositoryAndLocalElsewhere() {
    assertThat(ExportFiles.schemaLine(Path.of("examples/exported")))
        .isEqualTo("# yaml-language-server: $schema=../../schemas/ascform.schema.json");
    assertThat(ExportFiles.schemaLine(tmp.resolve("out")))
        .isEqualTo("# yaml-language-server: $schema=ascform.schema.json");
  }

  @Test
  void quotesOnlyWhatYamlWouldMisread() {
    assertThat(YamlText.scalar("IOS")).isEqualTo("IOS");
    assertThat(YamlText.scalar("alice@acme.example")).isEqualTo("alice@acme.example");
    assertThat(YamlText.scalar("yes")).isEqualTo("\"yes\"");
    assertThat(YamlText.scalar("00008130-001a")).isEqualTo("\"00008130-001a\"");
    assertThat(YamlText.scalar("Quinn \"Q\" O'Brien")).isEqualTo("\"Quinn \\\"Q\\\" O'Brien\"");
    assertThat(YamlText.scalar(true)).isEqualTo("true");
  }
}
