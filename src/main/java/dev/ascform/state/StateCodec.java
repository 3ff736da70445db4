package dev.ascform.state;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.plan.SecretGuard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads and writes the state's JSON. Older formats are upgraded one version at a time by the
 * explicit steps in {@link #UPGRADES} (version n to n+1); newer formats are refused.
 */
public final class StateCodec {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /**
   * Upgrade steps keyed by the version they read: {@code UPGRADES.get(1)} would turn a v1 tree into
   * v2 ({@code upgradeV1toV2}). Only v1 exists, so there are none yet.
   */
  static final Map<Integer, UnaryOperator<ObjectNode>> UPGRADES = Map.of();

  private StateCodec() {}

  static String encode(StateFile state) {
    return new Encoder().encode(state);
  }

  /** The JSON Jackson writes for the whole state in one go (what {@link Encoder} must equal). */
  static String encodeWhole(StateFile state) {
    for (StateResource r : state.resources()) {
      checkSecrets(r);
    }
    return write(state) + "\n";
  }

  private static void checkSecrets(StateResource r) {
    SecretGuard.check("state: " + r.address(), r.attributes());
    SecretGuard.check("state: " + r.address(), r.naturalKey());
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("state is not JSON-like: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Encodes a state again and again, as an apply saves it after each change: the JSON of a resource
   * it encoded before (the same immutable {@link StateResource} instance) is reused, so a save
   * costs the resources that changed, not all of them (a large account's state is ~15,000 resources
   * and 8 MB). The text is exactly {@link #encodeWhole}'s (StateCodecTest).
   */
  public static final class Encoder {
    private static final String EMPTY_RESOURCES = "\"resources\" : [ ]";
    private Map<StateResource, String> fragments = new IdentityHashMap<>();

    public Encoder() {}

    public String encode(StateFile state) {
      Map<StateResource, String> next = new IdentityHashMap<>(state.resources().size() * 2);
      StringBuilder list = new StringBuilder();
      for (StateResource r : state.resources()) {
        String fragment = fragments.get(r);
        if (fragment == null) {
          checkSecrets(r);
          // the resource's own JSON, indented one level deeper as an element of "resources"
          fragment = write(r).replace("\n", "\n  ");
        }
        next.put(r, fragment);
        list.append(list.length() == 0 ? "" : ", ").append(fragment);
      }
      fragments = next;
      String head =
          write(
              new StateFile(
                  state.formatVersion(),
                  state.lineage(),
                  state.serial(),
                  state.target(),
                  List.of()));
      int at = head.lastIndexOf(EMPTY_RESOURCES);
      if (list.length() == 0 || at < 0) {
        return at < 0 ? encodeWhole(state) : head + "\n";
      }
      return head.substring(0, at)
          + "\"resources\" : [ "
          + list
          + " ]"
          + head.substring(at + EMPTY_RESOURCES.length())
          + "\n";
    }
  }

  /**
   * Decodes a state file's bytes. A file in the current format (the usual case: ascform writes
   * {@code format_version} first) is bound straight from the bytes, without the intermediate tree
   * the upgrade steps need; anything else takes {@link #decode(String, String)}'s path.
   */
  public static StateFile decode(byte[] json, String source) {
    if (currentFormat(json)) {
      try {
        return MAPPER.readValue(json, StateFile.class);
      } catch (IOException e) {
        // reported below, with the same message as any unreadable state
      }
    }
    return decode(new String(json, StandardCharsets.UTF_8), source);
  }

  /**
   * True when the document's first fields include {@code format_version} equal to the current one.
   */
  private static boolean currentFormat(byte[] json) {
    try (JsonParser p = MAPPER.getFactory().createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("format_version".equals(name)) {
          return value == JsonToken.VALUE_NUMBER_INT && p.getIntValue() == StateFile.FORMAT_VERSION;
        }
        p.skipChildren();
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  static StateFile decode(String json, String source) {
    try {
      JsonNode tree = MAPPER.readTree(json);
      if (!(tree instanceof ObjectNode node) || !node.path("format_version").canConvertToInt()) {
        throw new StateFormatException(
            source + " is not an ascform state file (no" + " format_version)");
      }
      ObjectNode upgraded = upgrade(node, source, UPGRADES, StateFile.FORMAT_VERSION);
      return MAPPER.treeToValue(upgraded, StateFile.class);
    } catch (JsonProcessingException e) {
      throw new StateFormatException(
          "cannot read the state " + source + ": " + e.getOriginalMessage());
    }
  }

  /** Runs the upgrade steps from the node's version up to {@code current}. */
  static ObjectNode upgrade(
      ObjectNode node,
      String source,
      Map<Integer, UnaryOperator<ObjectNode>> upgrades,
      int current) {
    int version = node.get("format_version").asInt();
    if (version > current) {
      throw new StateFormatException(
          source
              + " has state format "
              + version
              + ", written by a"
              + " newer ascform; this version reads up to format "
              + current
              + ". Upgrade ascform.");
    }
    ObjectNode tree = node;
    for (int v = version; v < current; v++) {
      UnaryOperator<ObjectNode> step = upgrades.get(v);
      if (step == null) {
        throw new StateFormatException(source + " has unknown state format " + version);
      }
      tree = step.apply(tree);
      tree.put("format_version", v + 1);
    }
    return tree;
  }
}
