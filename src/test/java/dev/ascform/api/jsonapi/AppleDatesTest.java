package dev.ascform.api.jsonapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every date-time form Apple sends reads as the same instant; others are named, not thrown raw. */
class AppleDatesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // provisioning resources (certificates, profiles): offset without a colon, millis
        "2020-02-01T20:50:34.000+0000 | 2020-02-01T20:50:34Z",
        "2020-02-01T20:50:34+0000     | 2020-02-01T20:50:34Z",
        "2020-02-01T20:50:34Z         | 2020-02-01T20:50:34Z",
        "2020-02-01T20:50:34.5Z       | 2020-02-01T20:50:34.500Z",
        "2020-02-01T20:50:34.123456789Z | 2020-02-01T20:50:34.123456789Z",
        "2025-11-06T06:40:31-08:00    | 2025-11-06T14:40:31Z",
        "2025-11-06T06:40:31.250-08:00 | 2025-11-06T14:40:31.250Z",
        "2025-11-06T06:40:31-0800     | 2025-11-06T14:40:31Z",
        "2025-11-06T06:40:31-08       | 2025-11-06T14:40:31Z",
        "2025-11-06T16:10:31+01:30    | 2025-11-06T14:40:31Z",
        "2025-11-06T16:10:31+0130     | 2025-11-06T14:40:31Z",
        "2025-11-06T14:40:31+00:00    | 2025-11-06T14:40:31Z",
        "2025-11-06t14:40:31z         | 2025-11-06T14:40:31Z",
        "2025-11-06 14:40:31Z         | 2025-11-06T14:40:31Z",
        "2025-11-06T14:40Z            | 2025-11-06T14:40:00Z",
        "2025-11-06T14:40:31          | 2025-11-06T14:40:31Z",
      })
  void readsEveryFormAppleSends(String text, String expected) {
    assertThat(AppleDates.parse(text)).isEqualTo(Instant.parse(expected));
  }

  @Test
  void aValueThatIsNoDateNamesTheResourceItsIdAndTheAttribute() {
    ObjectNode attrs = JsonNodeFactory.instance.objectNode().put("expirationDate", "next Tuesday");
    Resource r = new Resource("certificates", "CERT-7", attrs, Map.of(), null);
    assertThatThrownBy(() -> r.instant("expirationDate"))
        .isInstanceOf(UnreadableValueException.class)
        .hasMessageContaining("certificates")
        .hasMessageContaining("CERT-7")
        .hasMessageContaining("expirationDate")
        .hasMessageContaining("next Tuesday")
        .hasMessageNotContaining("could not be parsed")
        .hasMessageNotContaining("index");
  }

  @Test
  void anAbsentOrNullDateIsNull() {
    ObjectNode attrs = JsonNodeFactory.instance.objectNode().putNull("expirationDate");
    Resource r = new Resource("profiles", "P1", attrs, Map.of(), null);
    assertThat(r.instant("expirationDate")).isNull();
    assertThat(r.instant("uploadedDate")).isNull();
  }
}
