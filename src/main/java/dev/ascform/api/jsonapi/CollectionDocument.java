package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A JSON:API collection response: one page.
 *
 * @param data the resources of this page
 * @param included related resources from {@code include}
 * @param links {@code links.next} points at the next page, absent on the last
 * @param meta paging metadata
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CollectionDocument(
    List<Resource> data, List<Resource> included, Links links, Meta meta) {
  public CollectionDocument {
    data = data == null ? List.of() : List.copyOf(data);
    included = included == null ? List.of() : List.copyOf(included);
  }

  /** The next page URL, or null on the last page. */
  public String nextLink() {
    return links == null ? null : links.next();
  }
}
