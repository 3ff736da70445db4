package dev.ascform.model.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Document} as a JSON Schema (draft 2020-12). Named definitions go to {@code $defs}
 * after everything they use, so the same declarations always give the same bytes.
 */
public final class SchemaWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String DEFS = "#/$defs/";

  private final Document doc;
  private final Map<String, JsonNode> defs = new LinkedHashMap<>();
  private final Map<String, Def> declared = new LinkedHashMap<>();
  private final Set<String> writing = new HashSet<>();

  private SchemaWriter(Document doc) {
    this.doc = doc;
  }

  /** The schema of {@code doc}. */
  public static ObjectNode schema(Document doc) {
    return new SchemaWriter(doc).root();
  }

  /** The schema of {@code doc} as the text of the committed file (two-space indent, final LF). */
  public static String text(Document doc) {
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return new ObjectMapper().writer(pp).writeValueAsString(schema(doc)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ObjectNode root() {
    use(doc.localName());
    doc.shared().forEach(this::use);
    ObjectNode props = F.objectNode();
    for (Document.Part p : doc.parts()) {
      props.set(p.name(), node(p.type()));
    }
    ObjectNode root = F.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", doc.id());
    root.put("title", doc.title());
    root.put("description", doc.description());
    root.put("type", "object");
    root.put("additionalProperties", false);
    root.set("properties", props);
    ObjectNode d = F.objectNode();
    defs.forEach(d::set);
    root.set("$defs", d);
    return root;
  }

  /** Writes {@code def} into {@code $defs} (once, after what it uses) and returns its pointer. */
  private String use(Def def) {
    Def before = declared.putIfAbsent(def.name(), def);
    if (before != null && !before.equals(def)) {
      throw new IllegalStateException("two definitions named " + def.name());
    }
    if (!defs.containsKey(def.name()) && writing.add(def.name())) {
      defs.put(def.name(), node(def.type()));
      writing.remove(def.name());
    }
    return DEFS + def.name();
  }

  private ObjectNode node(Type t) {
    ObjectNode n = F.objectNode();
    if (t instanceof Text s) {
      n.put("type", "string");
      text(n, s);
    } else if (t instanceof Choice c) {
      n.put("type", "string");
      ArrayNode values = n.putArray("enum");
      c.values().forEach(values::add);
    } else if (t instanceof Flag) {
      n.put("type", "boolean");
    } else if (t instanceof Num num) {
      n.put("type", num.integer() ? "integer" : "number");
      number(n, num);
    } else if (t instanceof ListOf l) {
      n.put("type", "array");
      list(n, l);
    } else if (t instanceof Obj o) {
      type(n, "object", o.nullable());
      n.put("additionalProperties", false);
      fields(n, o);
    } else if (t instanceof MapOf m) {
      return map(m);
    } else if (t instanceof Ref r) {
      n.put("$ref", use(r.def()));
    } else if (t instanceof LocalName) {
      n.put("$ref", use(doc.localName()));
    } else if (t instanceof OneOf o) {
      return oneOf(o);
    }
    describe(n, t);
    return n;
  }

  private static void text(ObjectNode n, Text s) {
    if (s.pattern() != null) {
      n.put("pattern", s.pattern());
    }
    if (s.minLength() != null) {
      n.put("minLength", s.minLength());
    }
    if (s.maxLength() != null) {
      n.put("maxLength", s.maxLength());
    }
    if (s.format() != null) {
      n.put("format", s.format());
    }
  }

  private static void number(ObjectNode n, Num num) {
    if (num.minimum() != null) {
      n.put("minimum", num.minimum());
    }
    if (num.maximum() != null) {
      n.put("maximum", num.maximum());
    }
  }

  private void list(ObjectNode n, ListOf l) {
    n.set("items", node(l.items()));
    if (l.minItems() != null) {
      n.put("minItems", l.minItems());
    }
    if (l.noDuplicates()) {
      n.put("uniqueItems", true);
    }
  }

  private void fields(ObjectNode n, Obj o) {
    ObjectNode props = n.putObject("properties");
    ArrayNode required = F.arrayNode();
    for (Field f : o.fields()) {
      props.set(f.name(), node(f.type()));
      if (f.required()) {
        required.add(f.name());
      }
    }
    if (!required.isEmpty()) {
      n.set("required", required);
    }
    if (o.minFields() != null) {
      n.put("minProperties", o.minFields());
    }
  }

  private ObjectNode map(MapOf m) {
    ObjectNode n = F.objectNode();
    type(n, "object", m.nullable());
    describe(n, m);
    n.set("propertyNames", node(m.keys()));
    if (!m.known().isEmpty()) {
      ObjectNode props = n.putObject("properties");
      m.known().forEach((k, v) -> props.set(k, node(v)));
    }
    n.set("additionalProperties", node(m.values()));
    return n;
  }

  /** The forms merged into one schema: their types as a list, then each form's keywords. */
  private ObjectNode oneOf(OneOf o) {
    ObjectNode n = F.objectNode();
    ArrayNode types = n.putArray("type");
    describe(n, o);
    for (Type form : o.forms()) {
      if (form instanceof Text s) {
        types.add("string");
        text(n, s);
      } else if (form instanceof Num num) {
        types.add(num.integer() ? "integer" : "number");
        number(n, num);
      } else if (form instanceof ListOf l) {
        types.add("array");
        list(n, l);
      } else if (form instanceof Obj obj) {
        types.add("object");
        ObjectNode f = F.objectNode();
        fields(f, obj);
        n.set("properties", f.get("properties"));
        if (f.has("required")) {
          n.set("required", f.get("required"));
        }
        n.put("additionalProperties", false);
        if (f.has("minProperties")) {
          n.set("minProperties", f.get("minProperties"));
        }
      }
    }
    return n;
  }

  private static void type(ObjectNode n, String type, boolean nullable) {
    if (nullable) {
      n.putArray("type").add(type).add("null");
    } else {
      n.put("type", type);
    }
  }

  private static void describe(ObjectNode n, Type t) {
    if (t.description() != null) {
      n.put("description", t.description());
    }
  }
}
