package dev.ascform.sandbox.resources;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.sandbox.http.Request;
import dev.ascform.sandbox.store.Entity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders JSON:API documents: resource objects with attributes (after {@code fields[type]}, dates
 * in Apple's form per type: {@link AppleForms}), relationships with {@code links} (plus {@code
 * data} when included, cut to {@code limit[rel]}, and {@code meta.paging} as Apple sends it),
 * {@code included}, {@code links.self}/{@code links.next} and {@code meta.paging}.
 */
public final class Documents {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Documents() {}

  /** A single-resource document. */
  public static ObjectNode single(Request req, Entity entity) {
    ObjectNode doc = F.objectNode();
    Map<String, ObjectNode> included = new LinkedHashMap<>();
    doc.set("data", resource(req, entity, included, true));
    addIncluded(doc, included);
    doc.putObject("links").put("self", selfLink(req));
    return doc;
  }

  /** A page of a list, with paging meta and the next link. */
  public static ObjectNode page(Request req, List<Entity> all) {
    Paging paging = Paging.of(req, all.size());
    ObjectNode doc = F.objectNode();
    ArrayNode data = doc.putArray("data");
    Map<String, ObjectNode> included = new LinkedHashMap<>();
    for (Entity e : all.subList(paging.from(), paging.to())) {
      data.add(resource(req, e, included, true));
    }
    addIncluded(doc, included);
    paging.render(req, doc);
    return doc;
  }

  /** A page of resource linkages ({@code type}, {@code id}) for relationship endpoints. */
  public static ObjectNode linkages(Request req, List<Entity> all) {
    Paging paging = Paging.of(req, all.size());
    ObjectNode doc = F.objectNode();
    ArrayNode data = doc.putArray("data");
    for (Entity e : all.subList(paging.from(), paging.to())) {
      data.addObject().put("type", e.type()).put("id", e.id());
    }
    paging.render(req, doc);
    return doc;
  }

  static String selfLink(Request req) {
    return req.baseUrl()
        + req.rawPath()
        + (req.rawQuery() == null ? "" : "?" + encodeQuery(req.rawQuery()));
  }

  /**
   * Percent-encodes what a URI query may not hold literally (brackets, spaces...), as Apple's links
   * do.
   */
  static String encodeQuery(String rawQuery) {
    StringBuilder sb = new StringBuilder();
    for (char c : rawQuery.toCharArray()) {
      if (c == '[' || c == ']' || c == ' ' || c == '"' || c == '<' || c == '>' || c == '{'
          || c == '}' || c == '|' || c == '\\' || c == '^' || c == '`') {
        sb.append('%').append(String.format("%02X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static void addIncluded(ObjectNode doc, Map<String, ObjectNode> included) {
    if (!included.isEmpty()) {
      ArrayNode array = doc.putArray("included");
      included.values().forEach(array::add);
    }
  }

  private static ObjectNode resource(
      Request req, Entity e, Map<String, ObjectNode> included, boolean primary) {
    ObjectNode node = F.objectNode();
    node.put("type", e.type()).put("id", e.id());
    List<String> fields = req.query().fields(e.type());
    ObjectNode attributes = node.putObject("attributes");
    e.attributes()
        .fields()
        .forEachRemaining(
            f -> {
              if ((fields == null || fields.contains(f.getKey())) && !f.getValue().isNull()) {
                attributes.set(
                    f.getKey(), AppleForms.attribute(e.type(), f.getKey(), f.getValue()));
              }
            });
    List<String> include = primary ? req.query().list("include") : List.of();
    ObjectNode relationships = F.objectNode();
    for (Rel rel : Types.rels(e.type())) {
      if (fields != null && !fields.contains(rel.name())) {
        continue;
      }
      relationships.set(
          rel.name(), relationship(req, e, rel, include.contains(rel.name()), included));
    }
    if (relationships.size() > 0) {
      node.set("relationships", relationships);
    }
    node.putObject("links").put("self", req.baseUrl() + "/v1/" + e.type() + "/" + e.id());
    return node;
  }

  private static ObjectNode relationship(
      Request req, Entity e, Rel rel, boolean include, Map<String, ObjectNode> included) {
    ObjectNode node = F.objectNode();
    String base = req.baseUrl() + "/v1/" + e.type() + "/" + e.id();
    node.putObject("links")
        .put("self", base + "/relationships/" + rel.name())
        .put("related", base + "/" + rel.name());
    if (!include) {
      AppleForms.relationshipMeta(e.type(), rel.many(), false, 0, 0, node);
      return node;
    }
    List<String> ids = rel.ids(req.account(), e);
    int limit = req.query().includeLimit(rel.name());
    List<String> shown = ids.subList(0, Math.min(limit, ids.size()));
    for (String id : shown) {
      req.account()
          .find(rel.target(), id)
          .ifPresent(
              t ->
                  included.computeIfAbsent(
                      t.type() + "/" + t.id(), k -> resource(req, t, included, false)));
    }
    if (rel.many()) {
      ArrayNode data = node.putArray("data");
      shown.forEach(id -> data.addObject().put("type", rel.target()).put("id", id));
      AppleForms.relationshipMeta(e.type(), true, true, ids.size(), limit, node);
    } else if (!shown.isEmpty()) {
      node.putObject("data").put("type", rel.target()).put("id", shown.get(0));
    }
    return node;
  }
}
