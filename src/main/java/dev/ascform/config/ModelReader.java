package dev.ascform.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.diag.SourcePos;
import dev.ascform.model.AccountSpec;
import dev.ascform.model.AppSpec;
import dev.ascform.model.CredentialRefs;
import dev.ascform.model.ResourceKind;
import dev.ascform.model.Settings;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds model records from the merged, schema-checked tree. A resource whose values were reported
 * as wrong is left out (its problems are already reported); its name still counts as declared, so
 * references to it do not cascade into more errors.
 */
final class ModelReader {
  /** Builds one record from its local name, mapping and declaration position. */
  interface Builder<T> {
    T build(String key, JsonNode node, SourcePos pos);
  }

  private final JsonNode root;
  private final Positions positions;

  ModelReader(JsonNode root, Positions positions) {
    this.root = root;
    this.positions = positions;
  }

  /** The valid resources of one section, by local name. */
  <T> SortedMap<String, T> section(ResourceKind kind, Builder<T> builder) {
    SortedMap<String, T> out = new TreeMap<>();
    JsonNode section = root.path(kind.configKey());
    for (Map.Entry<String, JsonNode> entry : section.properties()) {
      Map.Entry<String, JsonNode> e = entry;
      String pointer = Positions.child("/" + kind.configKey(), e.getKey());
      if (!e.getValue().isObject() || positions.touchesBroken(pointer)) {
        continue;
      }
      out.put(e.getKey(), builder.build(e.getKey(), e.getValue(), positions.key(pointer)));
    }
    return out;
  }

  SortedMap<String, AppSpec> apps() {
    return section(
        ResourceKind.APP,
        (key, n, pos) ->
            new AppSpec(
                key,
                Fields.text(n, "bundle_id"),
                Fields.optText(n, "name"),
                Fields.bool(n, "prevent_destroy", false),
                pos));
  }

  /** The account, when it is declared and valid. */
  Optional<AccountSpec> account() {
    JsonNode a = root.get("account");
    if (a == null || !a.isObject() || !a.has("name") || positions.touchesBroken("/account")) {
      return Optional.empty();
    }
    JsonNode c = a.path("credentials");
    CredentialRefs refs =
        new CredentialRefs(
            Fields.optText(c, "key_id"),
            Fields.optText(c, "issuer_id"),
            Fields.optText(c, "key_id_env"),
            Fields.optText(c, "issuer_id_env"),
            path(c, "/account/credentials/private_key_path"),
            Fields.optText(c, "private_key_env"),
            path(c, "/account/credentials/api_key_json"));
    return Optional.of(new AccountSpec(Fields.text(a, "name"), refs));
  }

  /** A path from config, resolved against the directory of the file that declared it. */
  private Optional<Path> path(JsonNode c, String pointer) {
    String field = pointer.substring(pointer.lastIndexOf('/') + 1);
    return Fields.optText(c, field)
        .map(
            s -> {
              Path p = Path.of(s);
              if (p.isAbsolute()) {
                return p;
              }
              Path dir = positions.value(pointer).file().toAbsolutePath().getParent();
              return dir.resolve(p).normalize();
            });
  }

  Settings settings() {
    JsonNode s = root.path("settings");
    if (positions.touchesBroken("/settings")) {
      return Settings.defaults();
    }
    Map<ResourceKind, Boolean> prune = new EnumMap<>(ResourceKind.class);
    s.path("prune")
        .properties()
        .forEach(
            e ->
                ResourceKind.byConfigKey(e.getKey())
                    .ifPresent(k -> prune.put(k, e.getValue().asBoolean())));
    JsonNode safety = s.path("safety");
    Settings.Safety d = Settings.Safety.defaults();
    return new Settings(
        prune,
        new Settings.Safety(
            Fields.integer(safety, "max_destroy_percent", d.maxDestroyPercent()),
            Fields.integer(safety, "min_resources_for_threshold", d.minResourcesForThreshold())),
        Fields.integer(s, "min_admins", 1),
        s.path("state").path("url_env").isTextual()
            ? s.path("state").path("url_env").asText()
            : null,
        Fields.optDuration(s, "expiry_warning").orElse(Settings.DEFAULT_EXPIRY_WARNING),
        Fields.bool(s, "fail_on_warnings", false));
  }
}
