package dev.ascform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ascform.diag.ConfigException;
import dev.ascform.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken YAML fails fast with one clear, positioned message. */
class YamlSafetyTest {
  @TempDir Path dir;

  ConfigException fail(String name, byte[] content) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, content);
    return catchThrowableOfType(ConfigException.class, () -> new ConfigLoader(Map.of()).load(f));
  }

  @Test
  void aDoublingAliasChainWithinTheAliasLimitIsStoppedByTheValueBudget() throws Exception {
    StringBuilder y = new StringBuilder("account:\n  name: t\nx:\n  l0: &l0 [a, b]\n");
    for (int i = 1; i <= 24; i++) {
      y.append("  l")
          .append(i)
          .append(": &l")
          .append(i)
          .append(" [*l")
          .append(i - 1)
          .append(", *l")
          .append(i - 1)
          .append("]\n");
    }
    ConfigException e = fail("chain.yaml", y.toString().getBytes());
    assertThat(e.errors())
        .extracting(Diagnostic::summary)
        .anySatisfy(s -> assertThat(s).contains("expands to more than").contains("billion laughs"));
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedBeforeParsing() throws Exception {
    byte[] big = new byte[YamlParser.MAX_BYTES + 1];
    Arrays.fill(big, (byte) '#');
    ConfigException e = fail("big.yaml", big);
    assertThat(e.errors())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.summary()).contains("limited to " + YamlParser.MAX_BYTES + " bytes");
              assertThat(d.pos().orElseThrow().line()).isEqualTo(1);
            });
  }

  @Test
  void aRecursiveAliasIsRefused() throws Exception {
    ConfigException e = fail("rec.yaml", "account:\n  name: t\nx: &x\n  y: *x\n".getBytes());
    assertThat(e.errors())
        .extracting(Diagnostic::summary)
        .anySatisfy(s -> assertThat(s).containsIgnoringCase("recursive"));
  }

  @Test
  void customTagsAreRefused() throws Exception {
    ConfigException e = fail("tag.yaml", "account:\n  name: !!binary aGVsbG8=\n".getBytes());
    assertThat(e.errors())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.summary()).contains("YAML tag").contains("not supported");
              assertThat(d.pos().orElseThrow().line()).isEqualTo(2);
            });
  }

  @Test
  void aByteOrderMarkIsAccepted() throws Exception {
    Path f = dir.resolve("bom.yaml");
    Files.write(
        f, ("\uFEFFaccount:\n  name: t\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(new ConfigLoader(Map.of()).load(f).state().account().name()).isEqualTo("t");
  }
}
