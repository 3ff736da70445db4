package dev.ascform.sandbox.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stored resource of the sandbox account: its JSON:API type and id, its attributes exactly as
 * Apple returns them, its stored relationships (to-one relationships are single-element lists) and
 * internal data never rendered (e.g. a build's marketing version). Mutable containers; callers hold
 * the account lock.
 */
public record Entity(
    String type,
    String id,
    ObjectNode attributes,
    Map<String, List<String>> relationships,
    ObjectNode internal) {

  /** A new entity with empty attributes, relationships and internal data. */
  public static Entity of(String type, String id) {
    return new Entity(
        type,
        id,
        JsonNodeFactory.instance.objectNode(),
        new LinkedHashMap<>(),
        JsonNodeFactory.instance.objectNode());
  }

  /** The ids of a stored relationship, empty when absent (never null, mutable). */
  public List<String> rel(String name) {
    return relationships.computeIfAbsent(name, k -> new ArrayList<>());
  }

  /** The id of a to-one relationship, or null. */
  public String one(String name) {
    List<String> ids = relationships.get(name);
    return ids == null || ids.isEmpty() ? null : ids.get(0);
  }

  /** Sets a to-one relationship. */
  public void setOne(String name, String id) {
    List<String> ids = new ArrayList<>();
    if (id != null) {
      ids.add(id);
    }
    relationships.put(name, ids);
  }

  /** A text attribute, or null. */
  public String text(String attribute) {
    return attributes.hasNonNull(attribute) ? attributes.get(attribute).asText() : null;
  }
}
