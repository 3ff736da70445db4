package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Objects;

/**
 * A JSON:API resource identifier, {@code {"type":"apps","id":"123"}}.
 *
 * @param type the JSON:API type
 * @param id the resource id
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResourceRef(String type, String id) {
  public ResourceRef {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
  }
}
