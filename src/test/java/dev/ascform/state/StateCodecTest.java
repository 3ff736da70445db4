package dev.ascform.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class StateCodecTest {
  static final ObjectMapper M = new ObjectMapper();

  @Test
  void upgradesOneVersionAtATime() throws Exception {
    ObjectNode v1 = (ObjectNode) M.readTree("{\"format_version\":1,\"resources\":[]}");
    List<Integer> ran = new java.util.ArrayList<>();
    Map<Integer, UnaryOperator<ObjectNode>> steps = Map.of(
        1, n -> { ran.add(1); return n.put("renamed", true); },
        2, n -> { ran.add(2); return n.put("seen_v" + n.get("format_version").asInt(), true); });
    ObjectNode v3 = StateCodec.upgrade(v1, "s.json", steps, 3);
    assertThat(ran).containsExactly(1, 2);
    assertThat(v3.get("format_version").asInt()).isEqualTo(3);
    assertThat(v3.get("seen_v2").asBoolean()).isTrue();
  }

  @Test
  void missingStepIsAnError() throws Exception {
    ObjectNode v1 = (ObjectNode) M.readTree("{\"format_version\":1}");
    assertThatThrownBy(() -> StateCodec.upgrade(v1, "s.json", Map.of(), 2))
        .isInstanceOf(StateFormatException.class).hasMessageContaining("unknown state format 1");
  }

  @Test
  void currentVersionDecodesUnchanged() {
    StateFile s = StateFile.empty(StateStoreTest.SANDBOX)
        .withResource(StateStoreTest.bundle("main", "B1"));
    assertThat(StateCodec.decode(StateCodec.encode(s), "s.json")).isEqualTo(s);
  }

  @Test
  void corruptJsonNamesTheFile() {
    assertThatThrownBy(() -> StateCodec.decode("{\"format_version\":1,", "state/acme.json"))
        .isInstanceOf(StateFormatException.class).hasMessageContaining("state/acme.json");
  }
}
