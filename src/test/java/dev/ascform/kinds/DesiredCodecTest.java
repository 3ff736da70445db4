package dev.ascform.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.config.ConfigLoader;
import dev.ascform.model.DesiredState;
import dev.ascform.plan.Action;
import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import dev.ascform.plan.Reason;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed desired values a saved plan carries survive the trip through JSON, kind by kind. */
class DesiredCodecTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyKindsValuesOfTheExampleAccountRoundTrip() throws Exception {
    DesiredState state = new ConfigLoader(Map.of()).load(Path.of("examples/acme")).state();
    List<KindOps<?, ?>> kinds = Kinds.all();
    DesiredCodec codec = new DesiredCodec(kinds);
    int checked = 0;
    for (KindOps<?, ?> k : kinds) {
      for (var e : k.desired(state).entrySet()) {
        Change c = change(e.getKey(), e.getValue().resource());
        String text = JSON.writeValueAsString(codec.encode(c, c.desired()));
        Object back = codec.decode(c, JSON.readValue(text, Object.class));
        assertThat(back).as(e.getKey() + " from " + text).isEqualTo(c.desired());
        checked++;
      }
    }
    // every kind contributes: bundle IDs, capabilities, devices, certificates, profiles (each
    // selector form), users, beta groups and testers
    assertThat(checked).isGreaterThan(60);
  }

  @Test
  void aValueIsReadAsItsKindsTypeAndNothingElse() {
    DesiredCodec codec = new DesiredCodec(Kinds.all());
    Change device = change(Address.of("device", "x"), "ignored");
    assertThatThrownBy(() -> codec.decode(device, Map.of("udid", "00008030-000A0B0C0D0E0F10")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("device.x")
        .hasMessageContaining("does not fit its kind");
    Change unknown = change(Address.of("merchant_id", "pay"), "ignored");
    assertThatThrownBy(() -> codec.decode(unknown, Map.of()))
        .hasMessageContaining("of a kind this ascform does not know");
  }

  private static Change change(Address a, Object desired) {
    return Change.builder(a, Action.CREATE, Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT)
        .desired(desired)
        .build();
  }
}
