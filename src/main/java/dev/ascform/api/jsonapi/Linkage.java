package dev.ascform.api.jsonapi;

import java.util.List;

/**
 * A relationship in a request body: {@code {"data":{"type","id"}}} (to-one) or {@code {"data":[…]}}
 * (to-many).
 *
 * @param data a {@link ResourceRef} or a list of them
 */
public record Linkage(Object data) {

  /** A to-one linkage. */
  public static Linkage one(ResourceRef ref) {
    return new Linkage(ref);
  }

  /** A to-many linkage (copied). */
  public static Linkage many(List<ResourceRef> refs) {
    return new Linkage(List.copyOf(refs));
  }
}
