package dev.ascform.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileFilesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Acme Notes App Store|Acme_Notes_App_Store.mobileprovision",
        "../etc/passwd|_.._etc_passwd.mobileprovision",
        "Café: β|Caf____.mobileprovision",
        "ok-name_1.2|ok-name_1.2.mobileprovision"
      })
  void namesFilesAfterTheProfileSafely(String name, String file) {
    assertThat(ProfileFiles.fileName(name)).isEqualTo(file);
  }
}
