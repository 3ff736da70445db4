package dev.ascform.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorStatusTest {

  @ParameterizedTest
  @CsvSource({
    "400, BAD_REQUEST, false, false",
    "401, UNAUTHORIZED, false, false",
    "403, FORBIDDEN, false, false",
    "404, NOT_FOUND, false, false",
    "409, CONFLICT, false, false",
    "410, OTHER_CLIENT_ERROR, false, false",
    "422, UNPROCESSABLE, false, false",
    "429, THROTTLED, false, true",
    "500, SERVER_ERROR, true, false",
    "502, SERVER_ERROR, true, false",
    "503, UNAVAILABLE, true, true",
    "504, SERVER_ERROR, true, false",
  })
  void classifiesAppleStatuses(int http, ErrorStatus expected, boolean serverSide, boolean later) {
    ErrorStatus s = ErrorStatus.of(http);
    assertThat(s).isEqualTo(expected);
    assertThat(s.isServerSide()).isEqualTo(serverSide);
    assertThat(s.isRefusedForNow()).isEqualTo(later);
    AppleApiException e = new AppleApiException(http, List.of(), null, "GET", "/v1/devices", null);
    assertThat(e.errorStatus()).isEqualTo(expected);
    assertThat(e.is(expected)).isTrue();
    assertThat(e.status()).isEqualTo(http);
    assertThat(e.getMessage()).startsWith(http + " no error details in the response");
  }
}
