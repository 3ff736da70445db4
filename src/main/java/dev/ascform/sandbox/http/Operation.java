package dev.ascform.sandbox.http;

import java.util.List;
import java.util.Optional;

/**
 * A served operation: HTTP method, path template ({@code {id}} for the id segment), Apple's
 * operationId, and the query parameters the OpenAPI document declares for it.
 */
public record Operation(String method, String path, String operationId, List<QueryParam> params) {
  public Operation {
    params = List.copyOf(params);
  }

  /** The declared parameter of this name, if any. */
  public Optional<QueryParam> param(String name) {
    return params.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** True for operations that return a paged list (they also accept {@code cursor}). */
  public boolean isList() {
    return operationId.endsWith("_getCollection")
        || operationId.endsWith("_getToManyRelated")
        || operationId.endsWith("_getToManyRelationship");
  }

  /** The key used in request statistics, e.g. {@code GET /v1/devices/{id}}. */
  public String key() {
    return method + " " + path;
  }
}
