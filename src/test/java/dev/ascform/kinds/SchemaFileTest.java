package dev.ascform.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.model.form.SchemaWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code schemas/ascform.schema.json} is generated from the kinds' declarations ({@link
 * Kinds#configDocument()}): this test fails when the committed file differs, and rewrites it when
 * run with {@code -Dascform.schema.write=true} (editors and the loader keep using the file).
 */
class SchemaFileTest {
  static final Path FILE = Path.of("schemas/ascform.schema.json");

  @Test
  void theCommittedSchemaIsWhatTheDeclarationsGenerate() throws IOException {
    String generated = SchemaWriter.text(Kinds.configDocument());
    if (Boolean.getBoolean("ascform.schema.write")) {
      Files.writeString(FILE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
        .as(
            FILE
                + " differs from the declarations; regenerate it with"
                + " mvn -o -q test -Dtest=SchemaFileTest -Dascform.schema.write=true")
        .isEqualTo(generated);
  }
}
