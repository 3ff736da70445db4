package dev.ascform.api;

import dev.ascform.api.jsonapi.Resource;
import dev.ascform.api.jsonapi.ResourceRef;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every page of a collection: the resources in order and the related resources from {@code include}
 * (deduplicated by type and id).
 *
 * @param data all resources, in the order Apple returned them
 * @param included all included resources
 * @param pages how many pages were read
 */
public record PagedResult(List<Resource> data, List<Resource> included, int pages) {
  public PagedResult {
    data = List.copyOf(data);
    included = List.copyOf(included);
  }

  /** Included resources keyed by reference. */
  public Map<ResourceRef, Resource> includedByRef() {
    return included.stream()
        .collect(Collectors.toMap(Resource::ref, Function.identity(), (a, b) -> a));
  }
}
