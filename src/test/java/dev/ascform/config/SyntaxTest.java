package dev.ascform.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.model.BundleIdPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntaxTest {
  @ParameterizedTest(name = "{0} on {1}: valid={2}")
  @CsvSource({
    "00008110-000C1D2E3F405162, IOS, true",
    "00008110-000c1d2e3f405162, IOS, true",
    "5f2c8e4a9b1d3f6e7a8c0b2d4f6e8a0c2e4b6d8f, IOS, true",
    "4C4C4544-0042-3510-8052-B4C04F565931, IOS, false",
    "00008110-000C1D2E3F4051, IOS, false",
    "5f2c8e4a9b1d3f6e7a8c0b2d4f6e8a0c2e4b6d8, IOS, false",
    "5f2c8e4a9b1d3f6e7a8c0b2d4f6e8a0c2e4b6d8g, IOS, false",
    "4C4C4544-0042-3510-8052-B4C04F565931, MAC_OS, true",
    "00008103-001C2D3E4F506172, MAC_OS, true",
    "5f2c8e4a9b1d3f6e7a8c0b2d4f6e8a0c2e4b6d8f, MAC_OS, false",
    "4C4C4544-0042-3510-8052-B4C04F565931, UNIVERSAL, true",
    "5f2c8e4a9b1d3f6e7a8c0b2d4f6e8a0c2e4b6d8f, UNIVERSAL, true",
    "not-a-udid, UNIVERSAL, false",
  })
  void udidFormatsFollowThePlatform(String udid, BundleIdPlatform platform, boolean valid) {
    assertThat(Syntax.udidProblem(udid, platform) == null).isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0} (wildcard allowed: {1}) valid={2}")
  @CsvSource({
    "com.acme.app, true, true",
    "com.acme.app-2, true, true",
    "com.acme.*, true, true",
    "*, true, true",
    "com.acme.*, false, false",
    "com.*.app, true, false",
    "com.acme*, true, false",
    "com..acme, true, false",
    ".com.acme, true, false",
    "com.acme., true, false",
    "com.acme.my_app, true, false",
    "com.acme.app name, true, false",
  })
  void bundleIdentifiersAllowAStarOnlyAtTheEnd(String id, boolean wildcard, boolean valid) {
    assertThat(Syntax.identifierProblem(id, wildcard) == null).isEqualTo(valid);
  }

  @Test
  void emailsNeedALocalPartAndADomain() {
    assertThat(Syntax.isEmail("quinn.o'brien+beta@example.ie")).isTrue();
    assertThat(Syntax.isEmail("a@acme.example")).isTrue();
    assertThat(Syntax.isEmail("a@acme")).isFalse();
    assertThat(Syntax.isEmail("acme.example")).isFalse();
    assertThat(Syntax.isEmail("a b@acme.example")).isFalse();
    assertThat(Syntax.isEmail("a@@acme.example")).isFalse();
  }
}
