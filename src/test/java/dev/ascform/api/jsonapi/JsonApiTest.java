package dev.ascform.api.jsonapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.api.AscClient;
import dev.ascform.api.resources.Attributes;
import dev.ascform.api.resources.CapabilitySetting;
import dev.ascform.api.resources.Requests;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonApiTest {
  private final ObjectMapper mapper = AscClient.newMapper();

  @Test
  void unknownMembersAndNewEnumValuesParse() throws Exception {
    String json =
        "{\"data\":{\"type\":\"bundleIdCapabilities\",\"id\":\"C1\",\"attributes\":{"
            + "\"capabilityType\":\"SOMETHING_APPLE_ADDS_IN_2027\",\"settings\":[{\"key\":\"K\",\"name\":\"n\","
            + "\"allowedInstances\":\"SOMEDAY\",\"options\":[{\"key\":\"O\",\"enabled\":true,\"brandNew\":1}]}],"
            + "\"unheardOf\":[1,2]},\"relationships\":{\"bundleId\":{\"links\":{\"related\":\"r\"}}},"
            + "\"somethingNew\":true},\"included\":[],\"links\":{\"self\":\"s\"},\"jsonapi\":{\"version\":\"1.0\"}}";
    SingleDocument doc = mapper.readValue(json, SingleDocument.class);
    Attributes.Capability cap = doc.data().attributesAs(Attributes.Capability.class);
    assertThat(cap.capabilityType()).isEqualTo("SOMETHING_APPLE_ADDS_IN_2027");
    assertThat(cap.settings())
        .containsExactly(new CapabilitySetting("K", List.of(new CapabilitySetting.Option("O"))));
    assertThat(doc.data().relationship("bundleId").hasData()).isFalse();
    assertThat(doc.data().text("missing")).isNull();
  }

  @Test
  void relationshipKnowsWhenTheIncludeCapCutItShort() throws Exception {
    Relationship capped =
        mapper.readValue(
            "{\"data\":[{\"type\":\"devices\",\"id\":\"1\"}],"
                + "\"meta\":{\"paging\":{\"total\":51,\"limit\":1}}}",
            Relationship.class);
    Relationship complete =
        mapper.readValue(
            "{\"data\":[{\"type\":\"devices\",\"id\":\"1\"}],"
                + "\"meta\":{\"paging\":{\"total\":1,\"limit\":50}}}",
            Relationship.class);
    Relationship toOne =
        mapper.readValue("{\"data\":{\"type\":\"bundleIds\",\"id\":\"B\"}}", Relationship.class);
    assertThat(capped.mayBeTruncated(50)).isTrue();
    assertThat(complete.mayBeTruncated(50)).isFalse();
    assertThat(toOne.refs()).containsExactly(new ResourceRef("bundleIds", "B"));
  }

  @Test
  void applesMetaOnARelationshipWithDataDoesNotHideATruncation() throws Exception {
    // as Apple sends it on included relationships: total 0 and limit 2^31-1, whatever data holds
    String appleMeta = "\"meta\":{\"paging\":{\"total\":0,\"limit\":2147483647}}";
    StringBuilder fifty = new StringBuilder("{\"data\":[");
    for (int i = 0; i < 50; i++) {
      fifty
          .append(i == 0 ? "" : ",")
          .append("{\"type\":\"devices\",\"id\":\"D")
          .append(i)
          .append("\"}");
    }
    fifty.append("],").append(appleMeta).append('}');
    Relationship atTheCap = mapper.readValue(fifty.toString(), Relationship.class);
    Relationship few =
        mapper.readValue(
            "{\"data\":[{\"type\":\"devices\",\"id\":\"1\"},"
                + "{\"type\":\"devices\",\"id\":\"2\"}],"
                + appleMeta
                + "}",
            Relationship.class);
    Relationship withNext =
        mapper.readValue(
            "{\"data\":[{\"type\":\"devices\",\"id\":\"1\"}],"
                + "\"links\":{\"next\":\"https://api.appstoreconnect.apple.com/v1/x?cursor=AQ\"}}",
            Relationship.class);
    assertThat(atTheCap.mayBeTruncated(50)).as("50 of a cap of 50, total 0").isTrue();
    assertThat(few.mayBeTruncated(50)).as("2 of 50, total 0").isFalse();
    assertThat(withNext.mayBeTruncated(50)).as("a next link").isTrue();
  }

  @Test
  void writeRequestsOmitWhatIsNotSet() throws Exception {
    assertThat(mapper.writeValueAsString(Requests.deviceUpdate("D1", null, "DISABLED")))
        .isEqualTo(
            "{\"data\":{\"type\":\"devices\",\"id\":\"D1\",\"attributes\":{\"status\":\"DISABLED\"}}}");
    assertThat(
            mapper.writeValueAsString(
                Requests.profileCreate("P", "IOS_APP_STORE", "B1", List.of("X1"), null)))
        .isEqualTo(
            "{\"data\":{\"type\":\"profiles\",\"attributes\":{\"name\":\"P\",\"profileType\":\"IOS_APP_STORE\"},"
                + "\"relationships\":{\"bundleId\":{\"data\":{\"type\":\"bundleIds\",\"id\":\"B1\"}},"
                + "\"certificates\":{\"data\":[{\"type\":\"certificates\",\"id\":\"X1\"}]}}}}");
  }

  @Test
  void errorCodesMatchByHierarchicalPrefix() {
    ApiError e =
        new ApiError(null, "409", "STATE_ERROR.ENTITY_STATE_INVALID", "t", "d", null, null);
    assertThat(e.hasCode("STATE_ERROR")).isTrue();
    assertThat(e.hasCode("STATE_ERROR.ENTITY_STATE_INVALID")).isTrue();
    assertThat(e.hasCode("STATE")).isFalse();
    assertThat(e.describe()).isEqualTo("STATE_ERROR.ENTITY_STATE_INVALID: d");
  }
}
