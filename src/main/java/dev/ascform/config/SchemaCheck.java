package dev.ascform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.ascform.diag.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates the merged config against {@code /schemas/ascform.schema.json} (JSON Schema 2020-12,
 * the single source of truth for the language's shape) and turns each validation error into a
 * diagnostic at the YAML position of the offending value, in config words.
 */
final class SchemaCheck {
  /** Classpath location of the schema (the build copies {@code schemas/} into the jar). */
  static final String RESOURCE = "/schemas/ascform.schema.json";

  private static final JsonNode SCHEMA_JSON = readSchema();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SCHEMA_JSON);

  private SchemaCheck() {}

  /** Loads the schema (class initialisation), e.g. on another thread while files are parsed. */
  static void load() {
    // nothing to do: calling this initialises the class, which reads and compiles the schema
  }

  /** The schema document itself. */
  static JsonNode schemaJson() {
    return SCHEMA_JSON;
  }

  /** Validates {@code root}; reports each error and marks its value broken in {@code positions}. */
  static void check(JsonNode root, Positions positions, Diagnostics diags) {
    List<Error> errors = SCHEMA.validate(root);
    List<Runnable> marks = new ArrayList<>();
    for (Error e : errors) {
      String pointer = pointerOf(e.getInstanceLocation());
      String target = e.getProperty() == null ? pointer : Positions.child(pointer, e.getProperty());
      if (positions.isBroken(pointer) || positions.isBroken(target)) {
        continue;
      }
      SchemaMessages.Message m = SchemaMessages.describe(e, pointer, SCHEMA_JSON);
      boolean aboutKey = e.getProperty() != null && !"required".equals(e.getKeyword());
      String at = aboutKey ? target : pointer;
      String text = m.text();
      if ("pattern".equals(e.getKeyword())
          && e.getInstanceNode() != null
          && e.getInstanceNode().isTextual()
          && text.contains("a local name")) {
        text += localNameHint(root, e.getInstanceNode().asText());
      }
      diags.error(m.atKey() ? positions.key(at) : positions.value(at), text);
      marks.add(() -> positions.markBroken(at));
    }
    marks.forEach(Runnable::run);
  }

  /** Fields that hold a resource's Apple-side key (bundle identifier, UDID, email). */
  private static final List<String> NATURAL_FIELDS =
      List.of("identifier", "bundle_id", "udid", "email", "username");

  /**
   * A "did you mean" for an Apple-side key (a bundle identifier, a UDID) written where a local name
   * is expected: the local name of the resource declared with that key, if there is one.
   */
  static String localNameHint(JsonNode root, String value) {
    List<String> names = new ArrayList<>();
    for (var section : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
      for (var resource : (Iterable<Map.Entry<String, JsonNode>>) section.getValue()::fields) {
        for (String f : NATURAL_FIELDS) {
          JsonNode v = resource.getValue().path(f);
          if (v.isTextual() && v.asText().equals(value)) {
            names.add(
                "'" + resource.getKey() + "' (" + section.getKey() + "." + resource.getKey() + ")");
            break;
          }
        }
      }
    }
    return names.isEmpty()
        ? ""
        : " (did you mean "
            + String.join(" or ", names)
            + "? '"
            + value
            + "' is an Apple-side key; references use the config's local name)";
  }

  static String pointerOf(NodePath path) {
    List<Object> tokens = new ArrayList<>();
    for (int i = 0; i < path.getNameCount(); i++) {
      tokens.add(path.getElement(i));
    }
    return Positions.pointer(tokens);
  }

  private static JsonNode readSchema() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the config schema " + RESOURCE + " is not on the classpath");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
