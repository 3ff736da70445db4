package dev.ascform.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.plan.Action;
import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import dev.ascform.plan.Digests;
import dev.ascform.plan.Managed;
import dev.ascform.plan.Reason;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StateFileTest {
  static final Address MAIN = Address.parse("bundle_id.main");
  static final StateFile EMPTY = StateFile.empty(StateStoreTest.SANDBOX);

  static Change create() {
    return Change.builder(MAIN, Action.CREATE, Reason.CREATE_BECAUSE_NOT_IN_ACCOUNT)
        .naturalKey("com.acme")
        .after(Map.of("name", "Acme"))
        .preventDestroy(true)
        .build();
  }

  @Test
  void appliedCreateIsRecordedWithDigestAndAppleId() {
    StateFile s = EMPTY.withApplied(create(), "B1", null);
    StateResource r = s.get(MAIN).orElseThrow();
    assertThat(r.appleId()).isEqualTo("B1");
    assertThat(r.naturalKey()).isEqualTo("com.acme");
    assertThat(r.attributes()).isEqualTo(Map.of("name", "Acme"));
    assertThat(r.digest()).isEqualTo(Digests.of(Map.of("name", "Acme")));
    assertThat(r.preventDestroy()).isTrue();
    assertThat(s.managed())
        .containsExactly(
            new Managed(MAIN, "B1", "com.acme", r.digest(), Map.of("name", "Acme"), true));
  }

  @Test
  void appliedDeleteAndForgetDropTheAddress() {
    StateFile s = EMPTY.withApplied(create(), "B1", null);
    for (Action a : new Action[] {Action.DELETE, Action.FORGET}) {
      Change gone = Change.builder(MAIN, a, Reason.DELETE_BECAUSE_NOT_IN_CONFIG).build();
      assertThat(s.withApplied(gone, null, null).resources()).isEmpty();
    }
  }

  @Test
  void reReadAttributesWinOverTheChanges() {
    StateFile s = EMPTY.withApplied(create(), "B1", Map.of("name", "Acme", "seed", "X"));
    assertThat(s.get(MAIN).orElseThrow().attributes()).containsEntry("seed", "X");
  }

  @Test
  void moveRenamesAnEntryOfTheSameKind() {
    StateFile s =
        EMPTY.withApplied(create(), "B1", null).withMoved(MAIN, Address.parse("bundle_id.app"));
    assertThat(s.resources())
        .extracting(r -> r.address().toString())
        .containsExactly("bundle_id.app");
    assertThatThrownBy(
            () -> s.withMoved(Address.parse("bundle_id.app"), Address.parse("device.app")))
        .hasMessageContaining("the kinds differ");
    assertThatThrownBy(() -> s.withMoved(MAIN, Address.parse("bundle_id.x")))
        .hasMessageContaining("no resource at bundle_id.main");
  }

  @Test
  void sameContentIgnoresTheSerial() {
    StateFile a = EMPTY.withApplied(create(), "B1", null);
    assertThat(a.withSerial(9).sameContentAs(a)).isTrue();
    assertThat(a.sameContentAs(EMPTY)).isFalse();
  }
}
