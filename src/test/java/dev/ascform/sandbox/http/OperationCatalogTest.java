package dev.ascform.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.openapi.OpenApiSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated table of served operations and parameters equals Apple's OpenAPI document. */
class OperationCatalogTest {
  static JsonNode doc;

  @BeforeAll
  static void load() throws IOException {
    doc = OpenApiSpec.load().document();
  }

  private static JsonNode operation(Operation op) {
    return doc.path("paths").path(op.path()).path(op.method().toLowerCase(Locale.ROOT));
  }

  @Test
  void everyServedOperationExistsWithTheSameOperationId() {
    for (Operation op : OperationCatalog.all()) {
      JsonNode declared = operation(op);
      assertThat(declared.isMissingNode()).as(op.key()).isFalse();
      assertThat(declared.path("operationId").asText()).as(op.key()).isEqualTo(op.operationId());
    }
  }

  @Test
  void queryParametersMatchTheDocument() {
    for (Operation op : OperationCatalog.all()) {
      Map<String, QueryParam> declared = new LinkedHashMap<>();
      for (JsonNode p : operation(op).path("parameters")) {
        if (p.has("$ref")) {
          p =
              doc.path("components")
                  .path("parameters")
                  .path(p.get("$ref").asText().replaceAll(".*/", ""));
        }
        if (!p.path("in").asText().equals("query")) {
          continue;
        }
        JsonNode schema = p.path("schema");
        JsonNode enumNode =
            schema.path("items").has("enum")
                ? schema.path("items").path("enum")
                : schema.path("enum");
        List<String> values = new ArrayList<>();
        enumNode.forEach(v -> values.add(v.asText()));
        int max = schema.has("maximum") ? schema.get("maximum").asInt() : -1;
        declared.put(
            p.path("name").asText(),
            new QueryParam(p.path("name").asText(), p.path("required").asBoolean(), max, values));
      }
      Map<String, QueryParam> served = new LinkedHashMap<>();
      op.params().forEach(p -> served.put(p.name(), p));
      assertThat(served).as(op.key()).isEqualTo(declared);
    }
  }

  @Test
  void listLimitsAreCappedAtTwoHundredAndIncludeLimitsAtFifty() {
    for (Operation op : OperationCatalog.all()) {
      op.param("limit").ifPresent(p -> assertThat(p.maximum()).as(op.key()).isBetween(1, 200));
      for (QueryParam p : op.params()) {
        if (p.name().startsWith("limit[")
            && !(op.path().startsWith("/v1/betaGroups") && p.name().equals("limit[builds]"))) {
          assertThat(p.maximum()).as(op.key() + " " + p.name()).isLessThanOrEqualTo(50);
        }
      }
    }
  }
}
