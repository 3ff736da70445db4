package dev.ascform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.openapi.OpenApiSpec;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A user's clone has only the project: the team's shared folder is not beside it. So nothing in the
 * build, the tests, the tools, CI or the launcher may name it, and what the tests need of it
 * (Apple's OpenAPI document) is inside the project.
 */
class SelfContainedTest {
  private static final String SHARED = ".." + "/shared";
  private static final String SHARED_JAVA = "\"..\", \"shared\"";

  @Test
  void nothingInTheBuildTestsToolsOrLauncherNamesTheTeamsSharedFolder() throws IOException {
    List<Path> roots =
        List.of(Path.of("src"), Path.of("pom.xml"), Path.of(".ci"), Path.of("ascform"));
    List<String> offenders = new ArrayList<>();
    for (Path root : roots) {
      assertThat(root).exists();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
          String text;
          try {
            text = Files.readString(file, StandardCharsets.UTF_8);
          } catch (MalformedInputException binary) {
            continue;
          }
          if (text.contains(SHARED) || text.contains(SHARED_JAVA)) {
            offenders.add(file.toString());
          }
        }
      }
    }
    assertThat(offenders).as("files that read the team's shared folder").isEmpty();
  }

  @Test
  void applesOpenApiDocumentIsVendoredInsideTheProject() {
    Path path = OpenApiSpec.defaultPath();
    assertThat(path.toAbsolutePath().normalize())
        .startsWith(Path.of("").toAbsolutePath().normalize());
    assertThat(OpenApiSpec.load().document().path("info").path("version").asText())
        .isEqualTo("4.4.1");
    assertThat(OpenApiSpec.load().paths()).hasSize(966);
  }
}
