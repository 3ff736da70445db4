package dev.ascform.sandbox.http;

import java.util.List;

/**
 * Matches a method and path to a served operation: a path no operation serves is 404 {@code
 * NOT_FOUND}; a served path with an undeclared method is 405 {@code METHOD_NOT_ALLOWED}.
 */
public final class Router {
  /** A match: the operation and the {@code {id}} segment (or null). */
  public record Match(Operation op, String id) {}

  private final List<Operation> operations;

  public Router(List<Operation> operations) {
    this.operations = List.copyOf(operations);
  }

  /** The operation for this request, or an ApiException (404/405). */
  public Match route(String method, String path) {
    String[] segments = trim(path).split("/");
    boolean pathKnown = false;
    for (Operation op : operations) {
      String id = match(trim(op.path()).split("/"), segments);
      if (id == null) {
        continue;
      }
      pathKnown = true;
      if (op.method().equals(method)) {
        return new Match(op, id.isEmpty() ? null : id);
      }
    }
    if (pathKnown) {
      throw new ApiException(
          405,
          "METHOD_NOT_ALLOWED",
          "The request method is not valid for the resource path",
          "The resource '"
              + path
              + "' does not allow '"
              + method
              + "'. Allowed: "
              + allowed(segments),
          null);
    }
    throw new ApiException(
        404,
        "NOT_FOUND",
        "The specified resource does not exist",
        "The path provided does not match a defined resource type",
        null);
  }

  private String allowed(String[] segments) {
    StringBuilder sb = new StringBuilder();
    for (Operation op : operations) {
      if (match(trim(op.path()).split("/"), segments) != null) {
        sb.append(sb.length() == 0 ? "" : ", ").append(op.method());
      }
    }
    return sb.toString();
  }

  private static String trim(String path) {
    return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
  }

  /** The id segment ("" when the template has none) or null when the template does not match. */
  private static String match(String[] template, String[] segments) {
    if (template.length != segments.length) {
      return null;
    }
    String id = "";
    for (int i = 0; i < template.length; i++) {
      if (template[i].equals("{id}")) {
        if (segments[i].isEmpty()) {
          return null;
        }
        id = segments[i];
      } else if (!template[i].equals(segments[i])) {
        return null;
      }
    }
    return id;
  }
}
