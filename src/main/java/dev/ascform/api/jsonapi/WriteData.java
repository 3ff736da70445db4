package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code data} member of a create or update request.
 *
 * @param type the JSON:API type
 * @param id the resource id (updates only; null for creates)
 * @param attributes attributes to send, in order; an explicit null value is sent as JSON null
 * @param relationships relationships to send
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WriteData(
    String type, String id, Map<String, Object> attributes, Map<String, Linkage> relationships) {
  public WriteData {
    attributes =
        attributes == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    relationships =
        relationships == null
            ? null
            : Collections.unmodifiableMap(new LinkedHashMap<>(relationships));
  }
}
