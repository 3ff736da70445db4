package dev.ascform.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Apple's App Store Connect OpenAPI document 4.4.1, vendored gzipped at {@code
 * src/test/resources/apple/openapi.json.gz} (source and checksum in the README beside it), for
 * tests that hold the client and the sandbox to Apple's contract.
 *
 * <p>It finds operations by method and path template, lists the query parameters each declares, and
 * validates JSON bodies against the document's schemas. OpenAPI 3.0's {@code nullable} is rewritten
 * into JSON Schema ({@code type: [T, "null"]}) when the document is loaded, so a {@code null} that
 * Apple allows is accepted and one it does not allow is reported.
 */
public final class OpenApiSpec {
  private static final String BASE = "https://ascform.invalid/asc-openapi.json";
  private static volatile OpenApiSpec shared;

  private final JsonNode document;
  private final SchemaRegistry registry;
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  private OpenApiSpec(JsonNode document) {
    this.document = document;
    JsonNode schemaRoot = schemaRoot(document);
    this.registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_4,
            builder -> builder.schemas(Map.of(BASE, schemaRoot.toString())));
  }

  /** The project's copy of the document ({@link #defaultPath()}), loaded once. */
  public static OpenApiSpec load() {
    OpenApiSpec s = shared;
    if (s == null) {
      synchronized (OpenApiSpec.class) {
        if (shared == null) {
          shared = load(defaultPath());
        }
        s = shared;
      }
    }
    return s;
  }

  /** Loads the document at {@code path}. */
  public static OpenApiSpec load(Path path) {
    try {
      return new OpenApiSpec(readDocument(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI document at " + path, e);
    }
  }

  /**
   * Where the document lives relative to the project directory (Surefire's working directory):
   * inside the project, so a user's clone has it too.
   */
  public static Path defaultPath() {
    return Path.of("src", "test", "resources", "apple", "openapi.json.gz");
  }

  /** Reads a JSON document, gunzipping it when its name ends in {@code .gz}. */
  public static JsonNode readDocument(Path path) throws IOException {
    try (InputStream raw = Files.newInputStream(path);
        InputStream in =
            path.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      return new ObjectMapper().readTree(in);
    }
  }

  /** The raw document, for tests that need more than this class offers. */
  public JsonNode document() {
    return document;
  }

  /** Every path template in the document, e.g. {@code /v1/bundleIds/{id}}. */
  public Set<String> paths() {
    Set<String> out = new TreeSet<>();
    document.path("paths").fieldNames().forEachRemaining(out::add);
    return out;
  }

  /** The operation for an HTTP method and a path template exactly as the document spells it. */
  public Optional<Operation> operation(String method, String pathTemplate) {
    JsonNode pathItem = document.path("paths").path(pathTemplate);
    JsonNode op = pathItem.path(method.toLowerCase(Locale.ROOT));
    if (op.isMissingNode()) {
      return Optional.empty();
    }
    return Optional.of(
        new Operation(this, method.toUpperCase(Locale.ROOT), pathTemplate, pathItem, op));
  }

  /**
   * The path template that a concrete path such as {@code /v1/bundleIds/ABC123/profiles} matches,
   * if any. Literal segments win over parameters.
   */
  public Optional<String> templateFor(String concretePath) {
    String[] parts = concretePath.split("/", -1);
    String best = null;
    int bestLiterals = -1;
    for (String template : paths()) {
      String[] t = template.split("/", -1);
      if (t.length != parts.length) {
        continue;
      }
      int literals = 0;
      boolean ok = true;
      for (int i = 0; i < t.length && ok; i++) {
        if (t[i].startsWith("{") && t[i].endsWith("}")) {
          ok = !parts[i].isEmpty();
        } else if (t[i].equals(parts[i])) {
          literals++;
        } else {
          ok = false;
        }
      }
      if (ok && literals > bestLiterals) {
        best = template;
        bestLiterals = literals;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The operation a concrete request path would reach ({@link #templateFor} then {@link
   * #operation}).
   */
  public Optional<Operation> operationForPath(String method, String concretePath) {
    return templateFor(concretePath).flatMap(t -> operation(method, t));
  }

  /** Whether the document has a schema under {@code components/schemas} with this name. */
  public boolean hasSchema(String componentName) {
    return document.path("components").path("schemas").has(componentName);
  }

  /**
   * Validates {@code instance} against {@code #/components/schemas/NAME}. Returns one readable line
   * per problem (instance location and message); empty when the instance is valid.
   */
  public List<String> validate(String componentName, JsonNode instance) {
    if (!hasSchema(componentName)) {
      throw new IllegalArgumentException("no schema named " + componentName + " in the document");
    }
    return validateRef("#/components/schemas/" + componentName, instance);
  }

  /**
   * Validates against a schema node taken from the document (a {@code $ref} into components, as
   * request and response bodies use, or an inline schema whose references point into components).
   */
  public List<String> validateAgainst(JsonNode schemaNode, JsonNode instance) {
    if (schemaNode.has("$ref") && schemaNode.size() == 1) {
      return validateRef(schemaNode.get("$ref").asText(), instance);
    }
    ObjectNode inline = rewriteNullable(schemaNode.deepCopy());
    Schema schema =
        compiled.computeIfAbsent(
            "inline:" + inline,
            k -> {
              ObjectNode root = (ObjectNode) schemaRoot(document).deepCopy();
              root.setAll(inline);
              return registry.getSchema(SchemaLocation.of(BASE + "#"), root);
            });
    return describe(schema.validate(instance));
  }

  private List<String> validateRef(String ref, JsonNode instance) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException("only local references are supported: " + ref);
    }
    Schema schema =
        compiled.computeIfAbsent(ref, r -> registry.getSchema(SchemaLocation.of(BASE + r)));
    return describe(schema.validate(instance));
  }

  private static List<String> describe(List<Error> errors) {
    List<String> out = new ArrayList<>();
    for (Error e : errors) {
      out.add(e.getInstanceLocation() + ": " + e.getMessage());
    }
    return out;
  }

  /** A document holding only the components, with OpenAPI's {@code nullable} made JSON Schema. */
  private static JsonNode schemaRoot(JsonNode document) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.set("components", rewriteNullable(document.path("components").deepCopy()));
    return root;
  }

  static <T extends JsonNode> T rewriteNullable(T node) {
    if (node instanceof ObjectNode obj) {
      for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
        rewriteNullable(it.next().getValue());
      }
      if (obj.path("nullable").asBoolean(false)) {
        obj.remove("nullable");
        if (obj.has("$ref")) {
          JsonNode ref = obj.remove("$ref");
          ArrayNode anyOf = obj.putArray("anyOf");
          anyOf.addObject().set("$ref", ref);
          anyOf.addObject().put("type", "null");
        } else {
          JsonNode type = obj.get("type");
          if (type != null && type.isTextual()) {
            ArrayNode types = obj.putArray("type");
            types.add(type.asText());
            types.add("null");
          }
          if (obj.get("enum") instanceof ArrayNode values) {
            values.addNull();
          }
        }
      }
    } else if (node instanceof ArrayNode arr) {
      arr.forEach(OpenApiSpec::rewriteNullable);
    }
    return node;
  }

  /** One operation of the document: a method on a path template. */
  public static final class Operation {
    private final OpenApiSpec spec;
    private final String method;
    private final String path;
    private final JsonNode pathItem;
    private final JsonNode node;

    Operation(OpenApiSpec spec, String method, String path, JsonNode pathItem, JsonNode node) {
      this.spec = spec;
      this.method = method;
      this.path = path;
      this.pathItem = pathItem;
      this.node = node;
    }

    public String method() {
      return method;
    }

    public String path() {
      return path;
    }

    public String operationId() {
      return node.path("operationId").asText();
    }

    public JsonNode node() {
      return node;
    }

    /** Names of the query parameters the operation declares (path-level ones included). */
    public Set<String> queryParameterNames() {
      Set<String> out = new LinkedHashSet<>();
      for (JsonNode p : parameters()) {
        if ("query".equals(p.path("in").asText())) {
          out.add(p.path("name").asText());
        }
      }
      return out;
    }

    /** The declared query parameter with this name ({@code name}, {@code schema}, ...), if any. */
    public Optional<JsonNode> queryParameter(String name) {
      for (JsonNode p : parameters()) {
        if ("query".equals(p.path("in").asText()) && name.equals(p.path("name").asText())) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }

    /**
     * The allowed values of a query parameter whose schema (or its items) is an enumeration; empty
     * when it is free-form.
     */
    public Set<String> queryParameterEnum(String name) {
      Set<String> out = new LinkedHashSet<>();
      queryParameter(name)
          .ifPresent(
              p -> {
                JsonNode schema = p.path("schema");
                JsonNode values =
                    schema.has("items") ? schema.path("items").path("enum") : schema.path("enum");
                values.forEach(v -> out.add(v.asText()));
              });
      return out;
    }

    private List<JsonNode> parameters() {
      List<JsonNode> out = new ArrayList<>();
      pathItem.path("parameters").forEach(out::add);
      node.path("parameters").forEach(out::add);
      return out;
    }

    /** The JSON request body schema, if the operation takes one. */
    public Optional<JsonNode> requestSchema() {
      JsonNode s = node.path("requestBody").path("content").path("application/json").path("schema");
      return s.isMissingNode() ? Optional.empty() : Optional.of(s);
    }

    /** The status codes the operation documents. */
    public Set<Integer> responseStatuses() {
      Set<Integer> out = new TreeSet<>();
      node.path("responses")
          .fieldNames()
          .forEachRemaining(
              k -> {
                if (k.chars().allMatch(Character::isDigit)) {
                  out.add(Integer.parseInt(k));
                }
              });
      return out;
    }

    /** The response body schema for a status (JSON, or whatever single content type is given). */
    public Optional<JsonNode> responseSchema(int status) {
      JsonNode content = node.path("responses").path(Integer.toString(status)).path("content");
      JsonNode json = content.path("application/json").path("schema");
      if (!json.isMissingNode()) {
        return Optional.of(json);
      }
      Iterator<JsonNode> any = content.elements();
      while (any.hasNext()) {
        JsonNode s = any.next().path("schema");
        if (!s.isMissingNode()) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }

    /** Validates a request body against the operation's request schema. */
    public List<String> validateRequest(JsonNode body) {
      JsonNode schema =
          requestSchema()
              .orElseThrow(() -> new IllegalStateException(this + " declares no request body"));
      return spec.validateAgainst(schema, body);
    }

    /**
     * Validates a response body against the schema documented for its status; a status the
     * operation does not document is reported as a problem itself.
     */
    public List<String> validateResponse(int status, JsonNode body) {
      Optional<JsonNode> schema = responseSchema(status);
      if (schema.isEmpty()) {
        if (status >= 400) {
          return spec.validate("ErrorResponse", body);
        }
        return List.of(this + " documents no body for status " + status);
      }
      return spec.validateAgainst(schema.get(), body);
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }
}
