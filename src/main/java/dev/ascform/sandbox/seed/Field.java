package dev.ascform.sandbox.seed;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/** One item of a seed file, with its path (e.g. {@code devices[3]}) for error messages. */
record Field(Path file, String path, JsonNode node) {

  String required(String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      throw error(name, "is required");
    }
    return v.asText();
  }

  String text(String name, String fallback) {
    JsonNode v = node.get(name);
    return v == null || v.isNull() ? fallback : v.asText();
  }

  IllegalArgumentException error(String name, String message) {
    return new IllegalArgumentException(
        "sandbox seed " + file + ": " + path + "." + name + " " + message);
  }
}
