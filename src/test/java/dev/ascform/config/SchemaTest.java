package dev.ascform.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema file is valid JSON Schema 2020-12, and every example config file conforms to it. */
class SchemaTest {
  static final Path SCHEMA_FILE = Path.of("schemas/ascform.schema.json");
  static final String MODELINE = "# yaml-language-server: $schema=";

  static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  @Test
  void schemaIsAValidDraft202012Schema() throws IOException {
    JsonNode schema = new ObjectMapper().readTree(SCHEMA_FILE.toFile());
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(schema)).isEmpty();
  }

  @Test
  void theMetaSchemaCheckCatchesABrokenSchema() throws IOException {
    Schema meta =
        REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    JsonNode broken =
        new ObjectMapper().readTree("{\"type\": \"mapping\", \"required\": \"name\"}");
    assertThat(meta.validate(broken)).isNotEmpty();
  }

  @Test
  void theLoaderUsesTheSchemaFileShippedOnTheClasspath() throws IOException {
    JsonNode onDisk = new ObjectMapper().readTree(SCHEMA_FILE.toFile());
    assertThat(SchemaCheck.schemaJson()).isEqualTo(onDisk);
  }

  static Stream<Path> exampleFiles() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of("examples"))) {
      List<Path> files =
          s.filter(p -> p.toString().matches(".*\\.ya?ml"))
              .filter(SchemaTest::declaresSchema)
              .sorted()
              .toList();
      return files.stream();
    }
  }

  static boolean declaresSchema(Path p) {
    try (Stream<String> lines = Files.lines(p)) {
      return lines
          .findFirst()
          .map(l -> l.startsWith(MODELINE) && l.endsWith("ascform.schema.json"))
          .orElse(false);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exampleFiles")
  void everyExampleFileValidatesAgainstTheSchemaOnItsOwn(Path file) throws IOException {
    String modeline = Files.readAllLines(file).get(0);
    Path target = file.getParent().resolve(modeline.substring(MODELINE.length())).normalize();
    assertThat(target)
        .as("the modeline of %s points at the schema", file)
        .isEqualTo(SCHEMA_FILE.normalize());
    JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    Schema schema = REGISTRY.getSchema(new ObjectMapper().readTree(SCHEMA_FILE.toFile()));
    assertThat(schema.validate(doc)).isEmpty();
  }

  @Test
  void everyAcmeFileStartsWithTheSchemaModeline() throws IOException {
    try (Stream<Path> s = Files.list(AcmeExampleTest.ACME)) {
      List<Path> files =
          s.filter(f -> !f.getFileName().toString().equals(ConfigFiles.SANDBOX_SEED))
              .sorted()
              .toList();
      assertThat(files).hasSizeGreaterThanOrEqualTo(5).allMatch(SchemaTest::declaresSchema);
    }
  }
}
