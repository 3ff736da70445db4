package dev.ascform.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FrequencyTest {
  private static List<String> range(Frequency f, String from, String to) {
    return f.range(from, to).stream().map(f::format).collect(Collectors.toList());
  }

  @Test
  void eachFrequencyStepsByItsPeriod() {
    assertThat(range(Frequency.DAILY, "2026-02-27", "2026-03-01"))
        .containsExactly("2026-02-27", "2026-02-28", "2026-03-01");
    assertThat(range(Frequency.WEEKLY, "2026-11-01", "2026-11-15"))
        .containsExactly("2026-11-01", "2026-11-08", "2026-11-15");
    assertThat(range(Frequency.MONTHLY, "2025-11", "2026-01"))
        .containsExactly("2025-11", "2025-12", "2026-01");
    assertThat(range(Frequency.YEARLY, "2024", "2025")).containsExactly("2024", "2025");
  }

  @Test
  void weeklyDatesMustBeTheWeekEndingSunday() {
    assertThatThrownBy(() -> Frequency.WEEKLY.parse("2026-11-04"))
        .isInstanceOf(ReportException.class)
        .hasMessageContaining("2026-11-04 is a Wednesday")
        .hasMessageContaining("use 2026-11-08");
  }

  @Test
  void aDateInTheWrongFormatNamesTheFormat() {
    assertThatThrownBy(() -> Frequency.MONTHLY.parse("2026-11-01"))
        .hasMessageContaining("use YYYY-MM");
    assertThatThrownBy(() -> Frequency.YEARLY.parse("26")).hasMessageContaining("use YYYY");
    assertThatThrownBy(() -> Frequency.DAILY.parse("2026-11"))
        .hasMessageContaining("use YYYY-MM-DD");
  }

  @Test
  void refusesABackwardsOrHugeRange() {
    assertThatThrownBy(() -> Frequency.DAILY.range("2026-11-03", "2026-11-01"))
        .hasMessageContaining("is before");
    assertThatThrownBy(() -> Frequency.DAILY.range("2020-01-01", "2026-01-01"))
        .hasMessageContaining("more than 1000");
  }

  @Test
  void aPeriodIsItsFirstDay() {
    assertThat(Frequency.MONTHLY.parse("2026-02")).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(Frequency.YEARLY.parse("2026")).isEqualTo(LocalDate.of(2026, 1, 1));
  }
}
