package dev.ascform.plan;

import java.util.Map;
import java.util.Objects;

/**
 * What the state remembers of one managed address, as the planner sees it (the state package
 * converts its entries to these).
 *
 * @param address the address
 * @param appleId Apple's id when last applied (may be null for an entry never applied)
 * @param naturalKey the natural key when last applied
 * @param digest {@link Digests#of} the applied attributes, or null
 * @param attributes the applied attributes (non-secret), possibly empty
 * @param preventDestroy whether the resource was protected when last applied
 */
public record Managed(
    Address address,
    String appleId,
    String naturalKey,
    String digest,
    Map<String, Object> attributes,
    boolean preventDestroy) {
  public Managed {
    Objects.requireNonNull(address, "address");
    attributes = attributes == null ? Map.of() : Values.copyMap(attributes);
  }
}
