package dev.ascform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvExpanderTest {
  final EnvExpander env = new EnvExpander(Map.of("TEAM", "acme", "EMPTY", ""));

  @Test
  void expandsEveryReference() {
    assertThat(env.expand("${TEAM}-${TEAM}.example").text()).isEqualTo("acme-acme.example");
    assertThat(env.expand("x${EMPTY}y").text()).isEqualTo("xy");
  }

  @Test
  void leavesTextWithoutReferencesAlone() {
    assertThat(env.expand("cost: $5 {not} $TEAM").text()).isEqualTo("cost: $5 {not} $TEAM");
  }

  @Test
  void doubleDollarEscapesAReference() {
    assertThat(env.expand("$${TEAM} is ${TEAM}").text()).isEqualTo("${TEAM} is acme");
  }

  @Test
  void unsetVariableIsAProblemNotAnEmptyString() {
    EnvExpander.Result r = env.expand("${TEAM}/${NOPE}/${ALSO_NOPE}");
    assertThat(r.text()).isNull();
    assertThat(r.problems())
        .containsExactly(
            "environment variable NOPE is not set", "environment variable ALSO_NOPE is not set");
  }

  @Test
  void malformedReferencesAreProblems() {
    assertThat(env.expand("${1BAD}").problems()).singleElement().asString().contains("not a valid");
    assertThat(env.expand("${TEAM").problems()).singleElement().asString().contains("not closed");
  }
}
