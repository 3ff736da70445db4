package dev.ascform.plan;

import static dev.ascform.plan.FakeKinds.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DigestsTest {

  @Test
  void keyOrderDoesNotChangeTheDigest() {
    assertThat(Digests.of(map("a", 1, "b", map("y", 2, "x", 3))))
        .isEqualTo(Digests.of(map("b", map("x", 3, "y", 2), "a", 1)));
  }

  @Test
  void valuesAndListOrderDo() {
    assertThat(Digests.of(map("a", List.of(1, 2))))
        .isNotEqualTo(Digests.of(map("a", List.of(2, 1))));
    assertThat(Digests.of(map("a", "1"))).isNotEqualTo(Digests.of(map("a", 1)));
  }

  @Test
  void isSha256OfCanonicalJson() {
    assertThat(Digests.canonicalJson(map("b", true, "a", "x")))
        .isEqualTo("{\"a\":\"x\",\"b\":true}");
    assertThat(Digests.of(map()))
        .isEqualTo("sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
    assertThat(Digests.of(1L)).isEqualTo(Digests.of(1));
  }
}
