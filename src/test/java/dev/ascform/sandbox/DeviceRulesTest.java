package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceRulesTest extends SandboxTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "00008030-001A35E11E88802E",
        "0123456789abcdef0123456789abcdef01234567",
        "A1B2C3D4-E5F6-A7B8-C9D0-E1F2A3B4C5D6"
      })
  void acceptsAppleUdidFormats(String udid) {
    assertThat(api.post("/v1/devices", TestApi.deviceBody("Phone", udid, "IOS")).statusCode())
        .isEqualTo(201);
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-a-udid", "0123", "0123456789abcdef0123456789abcdef0123456Z"})
  void refusesMalformedUdids(String udid) {
    assertError(
        api.post("/v1/devices", TestApi.deviceBody("Phone", udid, "IOS")),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/attributes/udid");
  }

  @Test
  void refusesARegisteredUdidIgnoringCase() {
    api.createDevice("Phone", "00008030-001A35E11E88802E", "IOS");
    assertError(
        api.post("/v1/devices", TestApi.deviceBody("Again", "00008030-001a35e11e88802e", "IOS")),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/attributes/udid");
  }

  @Test
  void devicesCannotBeDeleted() {
    String id = api.createDevice("Phone", TestApi.udid(1), "IOS");
    assertError(api.delete("/v1/devices/" + id), 405, "METHOD_NOT_ALLOWED", null);
  }

  @Test
  void disablesAndRenamesButKeepsTheUdid() {
    String id = api.createDevice("Phone", TestApi.udid(1), "IOS");
    HttpResponse<String> r =
        api.patch(
            "/v1/devices/" + id,
            "{\"data\":{\"type\":\"devices\",\"id\":\""
                + id
                + "\",\"attributes\":{\"name\":\"Old phone\",\"status\":\"DISABLED\"}}}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode attrs = TestApi.json(r).path("data").path("attributes");
    assertThat(attrs.path("status").asText()).isEqualTo("DISABLED");
    assertThat(attrs.path("name").asText()).isEqualTo("Old phone");
    HttpResponse<String> udid =
        api.patch(
            "/v1/devices/" + id,
            "{\"data\":{\"type\":\"devices\",\"id\":\""
                + id
                + "\",\"attributes\":{\"udid\":\""
                + TestApi.udid(2)
                + "\"}}}");
    assertError(udid, 409, "ENTITY_ERROR.ATTRIBUTE.UNKNOWN", "/data/attributes/udid");
  }

  @Test
  void allowsOneHundredRegistrationsPerFamilyCountingDisabledDevices() {
    for (int i = 0; i < Devices100.LIMIT; i++) {
      String id = api.createDevice("iPhone " + i, TestApi.udid(i), "IOS");
      if (i % 10 == 0) {
        api.patch(
            "/v1/devices/" + id,
            "{\"data\":{\"type\":\"devices\",\"id\":\""
                + id
                + "\",\"attributes\":{\"status\":\"DISABLED\"}}}");
      }
    }
    assertError(
        api.post("/v1/devices", TestApi.deviceBody("iPhone 101", TestApi.udid(1000), "IOS")),
        409,
        "ENTITY_ERROR.ATTRIBUTE.INVALID",
        "/data/attributes/udid");
    assertThat(
            api.post("/v1/devices", TestApi.deviceBody("iPad 1", TestApi.udid(2000), "IOS"))
                .statusCode())
        .as("another family has its own slots")
        .isEqualTo(201);
  }

  /** The documented family limit. */
  static final class Devices100 {
    static final int LIMIT = 100;
  }
}
