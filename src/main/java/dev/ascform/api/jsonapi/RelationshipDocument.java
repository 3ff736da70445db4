package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A linkage response of {@code GET /v1/{type}/{id}/relationships/{rel}}: identifiers only.
 *
 * @param data the identifiers of this page
 * @param links {@code links.next} for the next page
 * @param meta paging metadata
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RelationshipDocument(List<ResourceRef> data, Links links, Meta meta) {
  public RelationshipDocument {
    data = data == null ? List.of() : List.copyOf(data);
  }
}
