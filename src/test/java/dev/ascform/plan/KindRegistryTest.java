package dev.ascform.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.plan.FakeKinds.AppIds;
import dev.ascform.plan.FakeKinds.Certs;
import dev.ascform.plan.FakeKinds.Features;
import dev.ascform.plan.FakeKinds.Gadgets;
import java.util.List;
import org.junit.jupiter.api.Test;

class KindRegistryTest {

  @Test
  void listsKindsByRankThenName() {
    KindRegistry r =
        KindRegistry.of(List.of(new Features(), new Gadgets(), new Certs(), new AppIds()));
    assertThat(r.all())
        .extracting(ResourceKind::name)
        .containsExactly("app_id", "gadget", "cert", "feature");
    assertThat(r.require("cert")).isInstanceOf(Certs.class);
  }

  @Test
  void unknownKindNamesTheKnownOnes() {
    KindRegistry r = KindRegistry.of(List.of(new AppIds(), new Certs()));
    assertThatThrownBy(() -> r.require("profile"))
        .hasMessageContaining("unknown resource kind \"profile\"; known kinds: app_id, cert");
  }

  @Test
  void refusesTheSameNameTwice() {
    assertThatThrownBy(() -> KindRegistry.of(List.of(new AppIds(), new AppIds())))
        .hasMessageContaining("kind app_id is registered twice");
  }
}
