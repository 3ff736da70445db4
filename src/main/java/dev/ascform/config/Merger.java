package dev.ascform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.diag.Diagnostics;
import dev.ascform.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Merges the files of a config directory into one tree, section by section: each top-level section
 * ({@code devices}, {@code account}, ...) may be spread over several files, but the same entry in
 * two files is an error naming both places. Files are merged in name order.
 */
final class Merger {
  private final ObjectNode root = JsonNodeFactory.instance.objectNode();
  private final Positions merged = new Positions();
  private final Diagnostics diags;

  Merger(Diagnostics diags) {
    this.diags = diags;
  }

  /** Adds one file's tree (a mapping at the top, else reported) with its positions. */
  void add(JsonNode fileRoot, Positions filePositions, SourcePos fileStart) {
    if (!fileRoot.isObject()) {
      if (!fileRoot.isNull()) {
        diags.error(
            filePositions.value(""),
            "a config file must be a mapping of sections"
                + " (account, apps, bundle_ids, devices, ...), not a "
                + JsonTypes.describe(fileRoot));
      }
      return;
    }
    List<String> dropped = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : fileRoot.properties()) {
      Map.Entry<String, JsonNode> section = entry;
      JsonNode existing = root.get(section.getKey());
      if (existing == null || existing.isNull()) {
        root.set(section.getKey(), section.getValue().deepCopy());
      } else if (existing.isObject() && section.getValue().isObject()) {
        dropped.addAll(
            mergeEntries(
                (ObjectNode) existing, section.getValue(), "/" + section.getKey(), filePositions));
      } else if (!section.getValue().isNull()) {
        duplicate("/" + section.getKey(), section.getKey(), filePositions);
        dropped.add("/" + section.getKey());
      }
    }
    merged.addAll(
        filePositions, p -> dropped.stream().noneMatch(d -> p.equals(d) || p.startsWith(d + "/")));
  }

  /** Merges the entries of one section; returns the pointers of entries dropped as duplicates. */
  private List<String> mergeEntries(
      ObjectNode into, JsonNode from, String pointer, Positions filePositions) {
    List<String> dropped = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : from.properties()) {
      Map.Entry<String, JsonNode> e = entry;
      String child = Positions.child(pointer, e.getKey());
      if (into.has(e.getKey())) {
        duplicate(child, Positions.dotted(child), filePositions);
        dropped.add(child);
      } else {
        into.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    return dropped;
  }

  private void duplicate(String pointer, String what, Positions filePositions) {
    diags.error(
        filePositions.key(pointer),
        "'" + what + "' is defined twice (first at " + merged.key(pointer) + ")");
  }

  ObjectNode root() {
    return root;
  }

  Positions positions() {
    return merged;
  }
}
