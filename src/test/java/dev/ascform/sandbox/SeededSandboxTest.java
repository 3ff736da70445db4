package dev.ascform.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** Base of tests that start from the test seed (src/test/resources/sandbox/seed.yaml). */
abstract class SeededSandboxTest extends SandboxTest {
  static final Path SEED = Path.of("src", "test", "resources", "sandbox", "seed.yaml");

  @Override
  protected SandboxOptions options() {
    return SandboxOptions.defaults().withSeedFile(SEED);
  }

  /** The id of the only resource a filtered list returns. */
  protected String idOf(String pathAndQuery) {
    JsonNode data = TestApi.json(api.get(pathAndQuery)).path("data");
    if (data.size() != 1) {
      throw new AssertionError("expected one result from " + pathAndQuery + " but got " + data);
    }
    return data.path(0).path("id").asText();
  }

  protected static String linkage(String type, String... ids) {
    StringBuilder sb = new StringBuilder("{\"data\":[");
    for (int i = 0; i < ids.length; i++) {
      sb.append(i == 0 ? "" : ",")
          .append("{\"type\":\"")
          .append(type)
          .append("\",\"id\":\"")
          .append(ids[i])
          .append("\"}");
    }
    return sb.append("]}").toString();
  }
}
