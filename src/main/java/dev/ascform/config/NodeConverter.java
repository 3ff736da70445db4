package dev.ascform.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.diag.Diagnostics;
import dev.ascform.diag.SourcePos;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns one file's SnakeYAML node tree into a Jackson tree for schema validation, recording the
 * position of every value and key. On the way it finds duplicate keys (with both positions),
 * expands {@code ${ENV}} in strings, refuses inline PEM blocks and unsupported YAML features, and
 * bounds alias expansion.
 */
final class NodeConverter {
  /** Most values one file may expand to (aliases included). */
  static final int MAX_VALUES = 200_000;

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final Path file;
  private final Diagnostics diags;
  private final EnvExpander env;
  private final Positions positions;
  private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
  private int values;
  private boolean overBudget;

  NodeConverter(Path file, Diagnostics diags, EnvExpander env, Positions positions) {
    this.file = file;
    this.diags = diags;
    this.env = env;
    this.positions = positions;
  }

  /** The converted tree; null where a value could not be converted (a problem was recorded). */
  JsonNode convert(Node root) {
    return convert(root, "");
  }

  private JsonNode convert(Node node, String pointer) {
    SourcePos pos = YamlParser.at(file, node.getStartMark());
    positions.putValue(pointer, pos);
    if (++values > MAX_VALUES) {
      if (!overBudget) {
        overBudget = true;
        diags.error(
            pos,
            "the document expands to more than "
                + MAX_VALUES
                + " values (through aliases): refusing a possible 'billion laughs' expansion");
      }
      return null;
    }
    if (!inProgress.add(node)) {
      diags.error(pos, "recursive alias: a value cannot contain itself");
      return null;
    }
    try {
      if (node instanceof MappingNode m) {
        return mapping(m, pointer);
      }
      if (node instanceof SequenceNode s) {
        return sequence(s, pointer);
      }
      return scalar((ScalarNode) node, pos);
    } finally {
      inProgress.remove(node);
    }
  }

  private JsonNode mapping(MappingNode m, String pointer) {
    if (!Tag.MAP.equals(m.getTag())) {
      unsupportedTag(m);
      return null;
    }
    ObjectNode obj = JSON.objectNode();
    Map<String, SourcePos> seen = new HashMap<>();
    for (NodeTuple t : m.getValue()) {
      Node k = t.getKeyNode();
      SourcePos kpos = YamlParser.at(file, k.getStartMark());
      if (!(k instanceof ScalarNode ks)) {
        diags.error(kpos, "a key must be a plain value, not a list or mapping");
        continue;
      }
      if (ks.getValue().equals("<<")
          && ks.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN) {
        diags.error(kpos, "YAML merge keys ('<<') are not supported; write the values out");
        positions.markBroken(pointer);
        continue;
      }
      String key = ks.getValue();
      SourcePos first = seen.putIfAbsent(key, kpos);
      if (first != null) {
        diags.error(
            kpos, "duplicate key '" + key + "' (first defined at " + first.mentionFrom(kpos) + ")");
        continue;
      }
      String child = Positions.child(pointer, key);
      positions.putKey(child, kpos);
      JsonNode v = convert(t.getValueNode(), child);
      obj.set(key, orBroken(v, child));
    }
    return obj;
  }

  private JsonNode sequence(SequenceNode s, String pointer) {
    if (!Tag.SEQ.equals(s.getTag())) {
      unsupportedTag(s);
      return null;
    }
    ArrayNode arr = JSON.arrayNode();
    int i = 0;
    for (Node item : s.getValue()) {
      String child = Positions.child(pointer, i++);
      arr.add(orBroken(convert(item, child), child));
    }
    return arr;
  }

  /** A value that could not be converted stands as null, and its pointer is marked broken. */
  private JsonNode orBroken(JsonNode v, String pointer) {
    if (v != null) {
      return v;
    }
    positions.markBroken(pointer);
    return JSON.nullNode();
  }

  private JsonNode scalar(ScalarNode s, SourcePos pos) {
    String v = s.getValue();
    Tag tag = s.getTag();
    if (Tag.NULL.equals(tag)) {
      return JSON.nullNode();
    }
    if (Tag.BOOL.equals(tag)) {
      return JSON.booleanNode(v.equalsIgnoreCase("true"));
    }
    if (Tag.INT.equals(tag)) {
      BigInteger n = new BigInteger(v.startsWith("+") ? v.substring(1) : v);
      return n.bitLength() < 63 ? JSON.numberNode(n.longValue()) : JSON.numberNode(n);
    }
    if (Tag.FLOAT.equals(tag)) {
      return JSON.numberNode(new BigDecimal(v.startsWith("+") ? v.substring(1) : v));
    }
    if (!Tag.STR.equals(tag)) {
      unsupportedTag(s);
      return null;
    }
    if (looksLikePem(v)) {
      diags.error(pos, PEM_MESSAGE);
      return null;
    }
    EnvExpander.Result r = env.expand(v);
    if (!r.problems().isEmpty()) {
      r.problems().forEach(p -> diags.error(pos, p));
      return null;
    }
    if (looksLikePem(r.text())) {
      diags.error(
          pos,
          "an environment variable here holds a PEM block; config holds references only:"
              + " name the variable with private_key_env instead of expanding it");
      return null;
    }
    return JSON.textNode(r.text());
  }

  static final String PEM_MESSAGE =
      "this looks like a PEM block (a private key or certificate);"
          + " never put a key in config: use private_key_path (a .p8 file) or private_key_env"
          + " (the name of an environment variable holding it)";

  static boolean looksLikePem(String s) {
    return s.contains("-----BEGIN") || s.contains("PRIVATE KEY-----");
  }

  private void unsupportedTag(Node n) {
    diags.error(
        YamlParser.at(file, n.getStartMark()),
        "YAML tag '" + n.getTag().getValue() + "' is not supported here");
  }
}
