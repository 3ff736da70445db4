package dev.ascform.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.plan.Address;
import dev.ascform.plan.Digests;
import dev.ascform.plan.SecretGuard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class StateCodecTest {
  static final ObjectMapper M = new ObjectMapper();

  @Test
  void upgradesOneVersionAtATime() throws Exception {
    ObjectNode v1 = (ObjectNode) M.readTree("{\"format_version\":1,\"resources\":[]}");
    List<Integer> ran = new ArrayList<>();
    Map<Integer, UnaryOperator<ObjectNode>> steps =
        Map.of(
            1,
                n -> {
                  ran.add(1);
                  return n.put("renamed", true);
                },
            2,
                n -> {
                  ran.add(2);
                  return n.put("seen_v" + n.get("format_version").asInt(), true);
                });
    ObjectNode v3 = StateCodec.upgrade(v1, "s.json", steps, 3);
    assertThat(ran).containsExactly(1, 2);
    assertThat(v3.get("format_version").asInt()).isEqualTo(3);
    assertThat(v3.get("seen_v2").asBoolean()).isTrue();
  }

  @Test
  void missingStepIsAnError() throws Exception {
    ObjectNode v1 = (ObjectNode) M.readTree("{\"format_version\":1}");
    assertThatThrownBy(() -> StateCodec.upgrade(v1, "s.json", Map.of(), 2))
        .isInstanceOf(StateFormatException.class)
        .hasMessageContaining("unknown state format 1");
  }

  @Test
  void currentVersionDecodesUnchanged() {
    StateFile s =
        StateFile.empty(StateStoreTest.SANDBOX).withResource(StateStoreTest.bundle("main", "B1"));
    assertThat(StateCodec.decode(StateCodec.encode(s), "s.json")).isEqualTo(s);
  }

  @Test
  void theReusingEncoderWritesExactlyWhatJacksonWritesForTheWholeState() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("name", "Ünïcödé \"quoted\" \\ and\nnewline");
    nested.put("devices", List.of("a", "b"));
    nested.put("empty_list", List.of());
    nested.put("empty_map", Map.of());
    nested.put(
        "settings", Map.of("enabled", true, "count", 3, "options", List.of(Map.of("k", "v"))));
    StateResource rich =
        new StateResource(
            Address.of("profile", "dev"),
            "profile",
            "P1",
            "dev profile",
            Digests.of(nested),
            nested,
            true);
    StateResource bare =
        new StateResource(
            Address.of("device", "phone"), "device", null, null, null, Map.of(), false);
    StateFile empty = StateFile.empty(StateStoreTest.SANDBOX);
    StateFile s =
        empty
            .withResource(StateStoreTest.bundle("main", "B1"))
            .withResource(rich)
            .withResource(bare);
    StateCodec.Encoder encoder = new StateCodec.Encoder();
    assertThat(encoder.encode(empty)).isEqualTo(StateCodec.encodeWhole(empty));
    assertThat(encoder.encode(s)).isEqualTo(StateCodec.encodeWhole(s));
    // again, with most fragments reused and one resource replaced, one removed, one added
    StateFile changed =
        s.withResource(StateStoreTest.bundle("main", "B2"))
            .withRemoved(Address.of("device", "phone"))
            .withResource(StateStoreTest.bundle("extra", "B3"))
            .withSerial(7);
    assertThat(encoder.encode(changed)).isEqualTo(StateCodec.encodeWhole(changed));
    assertThat(StateCodec.decode(encoder.encode(changed), "s.json")).isEqualTo(changed);
    assertThat(encoder.encode(empty)).isEqualTo(StateCodec.encodeWhole(empty));
  }

  @Test
  void theReusingEncoderStillRefusesSecrets() {
    StateResource leaky =
        new StateResource(
            Address.of("certificate", "dist"),
            "certificate",
            "C1",
            "serial",
            null,
            Map.of("note", "-----BEGIN PRIVATE KEY-----\nMIG..."),
            false);
    StateCodec.Encoder encoder = new StateCodec.Encoder();
    assertThatThrownBy(
            () -> encoder.encode(StateFile.empty(StateStoreTest.SANDBOX).withResource(leaky)))
        .isInstanceOf(SecretGuard.SecretLeakException.class)
        .hasMessageContaining("certificate.dist")
        .hasMessageNotContaining("MIG");
  }

  @Test
  void bytesInTheCurrentFormatDecodeLikeTheText() {
    StateFile s =
        StateFile.empty(StateStoreTest.SANDBOX)
            .withResource(StateStoreTest.bundle("main", "B1"))
            .withResource(StateStoreTest.bundle("other", "B2"));
    String text = StateCodec.encode(s);
    assertThat(StateCodec.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "s.json"))
        .isEqualTo(s)
        .isEqualTo(StateCodec.decode(text, "s.json"));
    // format_version last, or a newer one, or none: the same answers as from the text
    String moved =
        "{\"lineage\":\""
            + s.lineage()
            + "\",\"serial\":0,\"target\":"
            + "{\"api_url\":\"http://127.0.0.1:41234\",\"issuer_id\":\"iss-1\",\"account\":\"acme\"},"
            + "\"resources\":[],\"format_version\":1}";
    assertThat(StateCodec.decode(moved.getBytes(java.nio.charset.StandardCharsets.UTF_8), "s.json"))
        .isEqualTo(StateCodec.decode(moved, "s.json"));
    assertThatThrownBy(
            () ->
                StateCodec.decode(
                    "{\"format_version\":99}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "s.json"))
        .isInstanceOf(StateFormatException.class)
        .hasMessageContaining("newer ascform");
    assertThatThrownBy(
            () ->
                StateCodec.decode(
                    "{\"format_version\":1,\"surprise\":1}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "state/acme.json"))
        .isInstanceOf(StateFormatException.class)
        .hasMessageContaining("state/acme.json");
    assertThatThrownBy(
            () ->
                StateCodec.decode(
                    "[1]".getBytes(java.nio.charset.StandardCharsets.UTF_8), "s.json"))
        .isInstanceOf(StateFormatException.class)
        .hasMessageContaining("not an ascform state");
  }

  @Test
  void corruptJsonNamesTheFile() {
    assertThatThrownBy(() -> StateCodec.decode("{\"format_version\":1,", "state/acme.json"))
        .isInstanceOf(StateFormatException.class)
        .hasMessageContaining("state/acme.json");
  }
}
