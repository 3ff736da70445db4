package dev.ascform.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.model.AppPlatform;
import dev.ascform.model.BundleIdPlatform;
import dev.ascform.model.CertificateType;
import dev.ascform.model.DeviceClass;
import dev.ascform.model.ProfileType;
import dev.ascform.model.UserRole;
import dev.ascform.openapi.OpenApiSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema's enumerations, and the model's Java enums, match Apple's OpenAPI document, so that a
 * new version of the document that adds or drops a value is caught.
 */
class OpenApiEnumsTest {
  static JsonNode openapi;

  @BeforeAll
  static void read() throws IOException {
    openapi = OpenApiSpec.load().document();
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of(
            "BundleIdPlatform",
            "/components/schemas/BundleIdPlatform/enum",
            BundleIdPlatform.class),
        Arguments.of(
            "CertificateType", "/components/schemas/CertificateType/enum", CertificateType.class),
        Arguments.of("UserRole", "/components/schemas/UserRole/enum", UserRole.class),
        Arguments.of("AppPlatform", "/components/schemas/Platform/enum", AppPlatform.class),
        Arguments.of(
            "DeviceClass",
            "/components/schemas/Device/properties/attributes/properties/deviceClass/enum",
            DeviceClass.class),
        Arguments.of(
            "ProfileType",
            "/components/schemas/Profile/properties/attributes/properties/profileType/enum",
            ProfileType.class),
        Arguments.of("CapabilityType", "/components/schemas/CapabilityType/enum", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void schemaEnumMatchesTheOpenApiDocument(
      String def, String openApiPointer, Class<? extends Enum<?>> javaEnum) {
    List<String> inSchema = values(SchemaCheck.schemaJson().at("/$defs/" + def + "/enum"));
    assertThat(inSchema).as("schema $defs/%s", def).isNotEmpty();
    if (javaEnum != null) {
      List<String> inJava = Arrays.stream(javaEnum.getEnumConstants()).map(Enum::name).toList();
      assertThat(inJava)
          .as("Java enum %s", javaEnum.getSimpleName())
          .containsExactlyElementsOf(inSchema);
    }
    assertThat(inSchema)
        .as("%s against the OpenAPI document", def)
        .containsExactlyElementsOf(values(openapi.at(openApiPointer)));
  }

  private static List<String> values(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
