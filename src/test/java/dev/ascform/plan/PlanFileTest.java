package dev.ascform.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascform.plan.render.GoldenRendererTestAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanFileTest {
  static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

  static PlanFile saved() {
    // a plan file holds each value in its kind's JSON form (here: a string)
    return PlanFile.of(
        GoldenRendererTestAccess.mixed().mapDesired((c, v) -> v.toString()),
        NOW,
        "sha256:cfg",
        "lin-1",
        7);
  }

  @Test
  void roundTripsThroughAFile(@TempDir Path dir) throws Exception {
    PlanFile file = saved();
    Path path = dir.resolve("out.plan.json");
    file.write(path);
    PlanFile read = PlanFile.read(path);
    assertThat(read).isEqualTo(file);
    assertThat(read.plan().changes()).isEqualTo(file.plan().changes());
    assertThat(read.plan().changes())
        .filteredOn(c -> c.action() == Action.CREATE)
        .allSatisfy(c -> assertThat(c.desired()).isInstanceOf(String.class));
    assertThat(Files.readString(path))
        .contains("\"formatVersion\" : \"2\"")
        .contains("\"stateLineage\" : \"lin-1\"");
  }

  @Test
  void freshPlanPasses() {
    PlanFile file = saved();
    assertThatCode(() -> file.checkFresh("lin-1", 7, file.plan().liveDigests()))
        .doesNotThrowAnyException();
  }

  @Test
  void keepsOnlyTheDigestsOfTouchedAddresses() {
    Plan plan = GoldenRendererTestAccess.mixed();
    assertThat(plan.liveDigests()).containsKey(Address.parse("gadget.alice"));
    PlanFile file = PlanFile.of(plan, NOW, "c", "l", 1);
    assertThat(file.plan().liveDigests().keySet())
        .containsExactlyInAnyOrderElementsOf(
            file.plan().actionable().stream().map(Change::address).toList());
  }

  @Test
  void freshPlanOfTheSameInputsPassesEvenWhereNothingChanges() {
    PlanFile file = saved();
    assertThatCode(
            () -> file.checkFresh("lin-1", 7, GoldenRendererTestAccess.mixed().liveDigests()))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesStalePlanAfterAnotherApply() {
    assertThatThrownBy(() -> saved().checkFresh("lin-1", 8, saved().plan().liveDigests()))
        .isInstanceOf(StalePlanException.class)
        .hasMessageContaining("serial 7 -> 8");
  }

  @Test
  void refusesPlanForAnotherState() {
    assertThatThrownBy(() -> saved().checkFresh("lin-2", 7, saved().plan().liveDigests()))
        .hasMessageContaining("the state is another one");
  }

  @Test
  void refusesPlanWhoseResourcesChangedNamingEachOne() {
    PlanFile file = saved();
    Map<Address, String> now = new TreeMap<>(file.plan().liveDigests());
    now.put(Address.parse("app_id.main"), "sha256:other");
    now.remove(Address.parse("feature.main.icloud"));
    now.put(Address.parse("app_id.widget"), "sha256:appeared");
    assertThatThrownBy(() -> file.checkFresh("lin-1", 7, now))
        .isInstanceOf(StalePlanException.class)
        .hasMessageContaining("app_id.main changed in the account since the plan was made")
        .hasMessageContaining("feature.main.icloud no longer exists in the account")
        .hasMessageContaining("app_id.widget now exists in the account")
        .satisfies(e -> assertThat(((StalePlanException) e).changes()).hasSize(3));
  }

  @Test
  void refusesUnknownFormatVersion() {
    String json =
        saved().toJson().replace("\"formatVersion\" : \"2\"", "\"formatVersion\" : \"9\"");
    assertThatThrownBy(() -> PlanFile.fromJson(json))
        .hasMessageContaining("plan file format 9 is not supported");
  }
}
