package dev.ascform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class OpenApiSpecTest {
  static final ObjectMapper JSON = new ObjectMapper();
  final OpenApiSpec spec = OpenApiSpec.load();

  static JsonNode json(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void findsOperationsByMethodAndTemplate() {
    assertThat(spec.operation("GET", "/v1/bundleIds")).isPresent();
    assertThat(spec.operation("DELETE", "/v1/devices/{id}")).isEmpty();
    assertThat(spec.operation("GET", "/v1/bundleIds").get().queryParameterNames())
        .contains("filter[identifier]", "limit", "include", "fields[bundleIds]");
  }

  @Test
  void mapsConcretePathsToTemplates() {
    assertThat(spec.templateFor("/v1/bundleIds/ABC/bundleIdCapabilities"))
        .contains("/v1/bundleIds/{id}/bundleIdCapabilities");
    assertThat(spec.templateFor("/v1/betaGroups/X/relationships/betaTesters"))
        .contains("/v1/betaGroups/{id}/relationships/betaTesters");
    assertThat(spec.templateFor("/v1/nothingHere")).isEmpty();
  }

  @Test
  void listsEnumeratedQueryValues() {
    assertThat(spec.operation("GET", "/v1/bundleIds").get().queryParameterEnum("filter[platform]"))
        .containsExactly("IOS", "MAC_OS", "UNIVERSAL");
  }

  @Test
  void acceptsAValidCreateRequestAndRejectsAWrongOne() throws Exception {
    var op = spec.operation("POST", "/v1/bundleIds").get();
    JsonNode good =
        json(
            "{'data':{'type':'bundleIds','attributes':{'identifier':'com.acme.app','name':'Acme','platform':'IOS'}}}");
    assertThat(op.validateRequest(good)).isEmpty();
    JsonNode badPlatform =
        json(
            "{'data':{'type':'bundleIds','attributes':{'identifier':'com.acme.app','name':'Acme','platform':'WINDOWS'}}}");
    assertThat(op.validateRequest(badPlatform)).isNotEmpty();
    JsonNode missingName =
        json(
            "{'data':{'type':'bundleIds','attributes':{'identifier':'com.acme.app','platform':'IOS'}}}");
    assertThat(op.validateRequest(missingName)).anyMatch(m -> m.contains("name"));
  }

  @Test
  void nullableAttributesAcceptNullAndOthersDoNot() throws Exception {
    var op = spec.operation("POST", "/v1/bundleIdCapabilities").get();
    JsonNode withNullSettings =
        json(
            "{'data':{'type':'bundleIdCapabilities','attributes':{'capabilityType':'PUSH_NOTIFICATIONS','settings':null},"
                + "'relationships':{'bundleId':{'data':{'type':'bundleIds','id':'X'}}}}}");
    assertThat(op.validateRequest(withNullSettings)).isEmpty();
    JsonNode nullType =
        json(
            "{'data':{'type':null,'attributes':{'capabilityType':'PUSH_NOTIFICATIONS'},"
                + "'relationships':{'bundleId':{'data':{'type':'bundleIds','id':'X'}}}}}");
    assertThat(op.validateRequest(nullType)).isNotEmpty();
  }

  @Test
  void validatesResponsesAndErrors() throws Exception {
    var op = spec.operation("GET", "/v1/bundleIds").get();
    JsonNode page =
        json(
            "{'data':[{'type':'bundleIds','id':'B1','attributes':{'identifier':'com.acme.app','name':'Acme','platform':'IOS'}}],"
                + "'links':{'self':'http://127.0.0.1/v1/bundleIds'},'meta':{'paging':{'total':1,'limit':200}}}");
    assertThat(op.validateResponse(200, page)).isEmpty();
    JsonNode noLinks = json("{'data':[]}");
    assertThat(op.validateResponse(200, noLinks)).anyMatch(m -> m.contains("links"));
    JsonNode error =
        json(
            "{'errors':[{'status':'404','code':'NOT_FOUND','title':'Not found','detail':'nothing"
                + " here'}]}");
    assertThat(op.validateResponse(404, error)).isEmpty();
    assertThat(spec.validate("ErrorResponse", json("{'errors':[{'status':'404'}]}"))).isNotEmpty();
  }
}
