package dev.ascform.state;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ascform.plan.Address;
import dev.ascform.plan.Digests;
import dev.ascform.plan.Managed;
import dev.ascform.plan.Values;
import java.util.Map;
import java.util.Objects;

/**
 * One managed address in the state.
 *
 * @param address the address
 * @param kind the kind (the address's, repeated for readers of the file)
 * @param appleId Apple's id
 * @param naturalKey the natural key
 * @param digest {@link dev.ascform.plan.Digests#of} the applied attributes
 * @param attributes the applied attributes, never secret
 * @param preventDestroy remembered so that removing the block does not lift it
 */
public record StateResource(
    @JsonProperty("address") Address address,
    @JsonProperty("kind") String kind,
    @JsonProperty("apple_id") String appleId,
    @JsonProperty("natural_key") String naturalKey,
    @JsonProperty("digest") String digest,
    @JsonProperty("attributes") Map<String, Object> attributes,
    @JsonProperty("prevent_destroy") boolean preventDestroy) {

  public StateResource {
    Objects.requireNonNull(address, "address");
    kind = kind == null ? address.kind() : kind;
    if (!kind.equals(address.kind())) {
      throw new IllegalArgumentException(address + " is recorded with kind " + kind);
    }
    attributes = attributes == null ? Map.of() : Values.copyMap(attributes);
  }

  /** An entry for attributes just applied (or imported), with their digest computed. */
  public static StateResource applied(
      Address address,
      String appleId,
      String naturalKey,
      Map<String, Object> attributes,
      boolean preventDestroy) {
    return new StateResource(
        address,
        address.kind(),
        appleId,
        naturalKey,
        Digests.of(attributes),
        attributes,
        preventDestroy);
  }

  /** The planner's view of this entry. */
  public Managed toManaged() {
    return new Managed(address, appleId, naturalKey, digest, attributes, preventDestroy);
  }
}
