package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Handler;
import dev.ascform.sandbox.http.Operation;
import dev.ascform.sandbox.http.Request;
import dev.ascform.sandbox.http.Response;
import dev.ascform.sandbox.store.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * Generic read operations, derived from an operation's path: collections ({@code /v1/T}), instances
 * ({@code /v1/T/{id}}), related resources ({@code /v1/T/{id}/rel}) and relationship linkages
 * ({@code /v1/T/{id}/relationships/rel}).
 */
public final class Reads {
  private Reads() {}

  /** The generic handler for a read operation, or null when the operation is not a plain read. */
  public static Handler forOperation(Operation op) {
    if (!op.method().equals("GET")) {
      return null;
    }
    String[] s = op.path().split("/");
    String type = s[2];
    String id = op.operationId();
    if (id.endsWith("_getCollection")) {
      return req ->
          Response.json(
              200,
              Documents.page(
                  req, Finder.select(req.account(), type, req.account().all(type), req.query())));
    }
    if (id.endsWith("_getInstance")) {
      return req ->
          Response.json(200, Documents.single(req, Finder.require(req.account(), type, req.id())));
    }
    if (id.endsWith("_getToManyRelated")) {
      return req -> Response.json(200, Documents.page(req, related(req, type, s[4])));
    }
    if (id.endsWith("_getToManyRelationship")) {
      return req -> Response.json(200, Documents.linkages(req, related(req, type, s[5])));
    }
    if (id.endsWith("_getToOneRelated")) {
      return req -> {
        List<Entity> found = related(req, type, s[4]);
        if (found.isEmpty()) {
          throw new ApiException(
              404,
              "NOT_FOUND",
              "The specified resource does not exist",
              "The resource has no related '" + s[4] + "'",
              null);
        }
        return Response.json(200, Documents.single(req, found.get(0)));
      };
    }
    return null;
  }

  /** The related entities of {@code /v1/type/{id}/rel}, filtered and sorted by the query. */
  public static List<Entity> related(Request req, String type, String relName) {
    Entity parent = Finder.require(req.account(), type, req.id());
    Rel rel =
        Types.rel(type, relName)
            .orElseThrow(
                () -> new IllegalStateException("no relationship " + type + "." + relName));
    List<Entity> entities = new ArrayList<>();
    for (String id : rel.ids(req.account(), parent)) {
      req.account().find(rel.target(), id).ifPresent(entities::add);
    }
    return Finder.select(req.account(), rel.target(), entities, req.query());
  }
}
