package dev.ascform.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The team key as fastlane's API key JSON ({@code {"key_id","issuer_id","key","in_house"}}),
 * created readable and writable by the owner only (rw-------).
 */
final class KeyFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private KeyFile() {}

  static void write(Path file, TeamKey key) {
    try {
      ObjectNode node = JSON.createObjectNode();
      node.put("key_id", key.keyId())
          .put("issuer_id", key.issuerId())
          .put("key", key.privateKeyPem())
          .put("in_house", false);
      writeOwnerOnly(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Writes bytes to a file created rw------- (atomically, via a temporary file). */
  static void writeOwnerOnly(Path file, byte[] bytes) {
    try {
      AtomicFile.ownerOnly(file).write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static TeamKey read(Path file) {
    try {
      JsonNode node = JSON.readTree(file.toFile());
      return new TeamKey(
          node.path("key_id").asText(), node.path("issuer_id").asText(), node.path("key").asText());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
