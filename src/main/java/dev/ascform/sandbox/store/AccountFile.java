package dev.ascform.sandbox.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@code account.json}. Writes are atomic: a temporary file beside the target is
 * written, forced to disk, then renamed over it, so a crash leaves the old or the new account.
 */
public final class AccountFile {
  private static final int FORMAT_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  public AccountFile(Path file) {
    this.file = file;
  }

  public Path path() {
    return file;
  }

  public boolean exists() {
    return Files.isRegularFile(file);
  }

  /** Writes the account atomically. */
  public void save(Account account) {
    try {
      byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(account));
      AtomicFile.at(file).write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Reads the account written by {@link #save}. */
  public Account load() {
    try {
      return fromJson(JSON.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static ObjectNode toJson(Account account) {
    ObjectNode root = JSON.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.set("team", JSON.valueToTree(account.team()));
    root.set("keys", JSON.valueToTree(account.keys()));
    root.set("deviceRegistrations", JSON.valueToTree(account.deviceRegistrations()));
    root.set("acceptedInvitations", JSON.valueToTree(account.acceptedInvitations()));
    ObjectNode resources = root.putObject("resources");
    for (String type : account.types()) {
      ArrayNode list = resources.putArray(type);
      account.all(type).forEach(e -> list.add(JSON.valueToTree(e)));
    }
    return root;
  }

  static Account fromJson(JsonNode root) throws IOException {
    if (root.path("formatVersion").asInt() != FORMAT_VERSION) {
      throw new IOException("unsupported account format " + root.path("formatVersion"));
    }
    Account account = new Account(JSON.treeToValue(root.get("team"), Team.class));
    account
        .keys()
        .addAll(JSON.convertValue(root.get("keys"), new TypeReference<List<ApiKeyRecord>>() {}));
    account
        .deviceRegistrations()
        .putAll(
            JSON.convertValue(
                root.get("deviceRegistrations"), new TypeReference<Map<String, Integer>>() {}));
    root.path("acceptedInvitations").forEach(n -> account.acceptedInvitations().add(n.asText()));
    root.path("resources")
        .fields()
        .forEachRemaining(
            f -> f.getValue().forEach(n -> account.put(JSON.convertValue(n, Entity.class))));
    return account;
  }
}
