package dev.ascform.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.diag.ConfigException;
import dev.ascform.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every directory under {@code src/test/resources/invalid/} is a config that must fail. Its {@code
 * expected.txt} lists one expected error per line as {@code FILE:LINE: FRAGMENT} (LINE may be
 * {@code *}); a line starting with {@code + } adds another fragment to the line above. The config
 * must produce exactly that many errors, each at the given file and line, with the fragments in its
 * message.
 */
class InvalidConfigCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/invalid");

  record Expectation(String file, String line, List<String> fragments) {}

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      return dirs
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void invalidConfigIsRejectedWithPositionedErrors(String name) throws IOException {
    Path dir = CORPUS.resolve(name);
    List<Expectation> expected = parse(Files.readAllLines(dir.resolve("expected.txt")));
    ConfigLoader loader = new ConfigLoader(Map.of("TEAM", "acme"));

    ConfigException e =
        (ConfigException) org.assertj.core.api.Assertions.catchThrowable(() -> loader.load(dir));

    assertThat(e).as("config %s must fail", name).isNotNull();
    List<String> rendered = e.errors().stream().map(d -> d.render(dir)).toList();
    assertThat(rendered).as("errors of %s", name).hasSize(expected.size());
    for (Expectation x : expected) {
      assertThat(rendered)
          .as("errors of %s", name)
          .anySatisfy(
              r -> {
                assertThat(r)
                    .startsWith(x.file() + ":" + (x.line().equals("*") ? "" : x.line() + ":"));
                x.fragments().forEach(f -> assertThat(r).contains(f));
              });
    }
    for (Diagnostic d : e.errors()) {
      assertThat(d.pos()).as("every error has a position: %s", d.summary()).isPresent();
    }
  }

  static List<Expectation> parse(List<String> lines) {
    List<Expectation> out = new ArrayList<>();
    for (String l : lines) {
      if (l.isBlank()) {
        continue;
      }
      if (l.startsWith("+ ")) {
        Expectation last = out.remove(out.size() - 1);
        List<String> fragments = new ArrayList<>(last.fragments());
        fragments.add(l.substring(2));
        out.add(new Expectation(last.file(), last.line(), fragments));
        continue;
      }
      String[] parts = l.split(":", 3);
      out.add(
          new Expectation(
              parts[0],
              parts[1],
              List.of(parts[2].startsWith(" ") ? parts[2].substring(1) : parts[2])));
    }
    return out;
  }
}
