package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A JSON:API single-resource response.
 *
 * @param data the resource
 * @param included related resources from {@code include}
 * @param links the document links
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SingleDocument(Resource data, List<Resource> included, Links links) {
  public SingleDocument {
    included = included == null ? List.of() : List.copyOf(included);
  }
}
