package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A relationship inside a resource. {@code data} is present only when the relationship was included
 * (or requested through fields); it is an object for to-one and an array for to-many.
 *
 * @param data the linkage, may be null (not loaded), JSON null (empty to-one), object or array
 * @param links {@code self}/{@code related} links
 * @param meta for to-many relationships, {@code meta.paging}; Apple's {@code total} there is not
 *     reliable (see {@link #mayBeTruncated})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Relationship(JsonNode data, Links links, Meta meta) {

  /** True when the document carries the linkage ({@code data} present). */
  public boolean hasData() {
    return data != null && !data.isMissingNode();
  }

  /** The references carried in {@code data} (empty when absent or null). */
  public List<ResourceRef> refs() {
    List<ResourceRef> out = new ArrayList<>();
    if (data == null || data.isNull() || data.isMissingNode()) {
      return List.of();
    }
    if (data.isArray()) {
      data.forEach(n -> out.add(new ResourceRef(n.path("type").asText(), n.path("id").asText())));
    } else if (data.isObject()) {
      out.add(new ResourceRef(data.path("type").asText(), data.path("id").asText()));
    }
    return List.copyOf(out);
  }

  /** {@code meta.paging.total}, or null when Apple did not report it. */
  public Integer total() {
    return meta == null || meta.paging() == null ? null : meta.paging().total();
  }

  /**
   * True when the linkage may be cut short by the include limit {@code cap} ({@code
   * limit[devices]=50} asked, or Apple's default cap of 50). Decided from what Apple actually
   * sends, not from {@code meta.paging.total} alone: on included relationships Apple reports {@code
   * {total: 0, limit: 2147483647}} while {@code data} carries the resources, so a total below the
   * data's own length says nothing. A linkage is possibly cut when it holds {@code cap} or more
   * resources, when it carries a {@code links.next}, or when a believable total (at least what was
   * returned) exceeds what was returned.
   */
  public boolean mayBeTruncated(int cap) {
    int have = refs().size();
    if (have >= cap || (links != null && links.next() != null)) {
      return true;
    }
    Integer total = total();
    return total != null && total > have;
  }
}
