package dev.ascform.api.jsonapi;

import java.util.List;

/**
 * Body of {@code POST|PATCH|DELETE /v1/{type}/{id}/relationships/{rel}}: {@code
 * {"data":[{"type","id"},…]}}.
 *
 * @param data the identifiers to add, remove or (PATCH) replace the set with
 */
public record ToManyRequest(List<ResourceRef> data) {
  public ToManyRequest {
    data = List.copyOf(data);
  }

  /** Convenience: identifiers of one type. */
  public static ToManyRequest of(String type, List<String> ids) {
    return new ToManyRequest(ids.stream().map(id -> new ResourceRef(type, id)).toList());
  }
}
