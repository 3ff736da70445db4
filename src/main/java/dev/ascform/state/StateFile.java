package dev.ascform.state;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.ascform.plan.Address;
import dev.ascform.plan.Change;
import dev.ascform.plan.Managed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * ascform's memory of what it manages in one account. Immutable: every {@code with...} method
 * returns a new state with the same lineage and serial ({@link StateStore#save} bumps the serial
 * when the content changed).
 *
 * @param formatVersion {@link #FORMAT_VERSION}
 * @param lineage a random id set once when the state is created
 * @param serial bumped on every saved change
 * @param target the account it belongs to
 * @param resources the managed addresses, sorted by address
 */
public record StateFile(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("lineage") String lineage,
    @JsonProperty("serial") long serial,
    @JsonProperty("target") StateTarget target,
    @JsonProperty("resources") List<StateResource> resources) {
  /** The format this code writes. */
  public static final int FORMAT_VERSION = 1;

  public StateFile {
    Objects.requireNonNull(lineage, "lineage");
    Objects.requireNonNull(target, "target");
    List<StateResource> sorted = new ArrayList<>(resources == null ? List.of() : resources);
    sorted.sort(Comparator.comparing(StateResource::address));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).address().equals(sorted.get(i - 1).address())) {
        throw new IllegalArgumentException("the state lists " + sorted.get(i).address() + " twice");
      }
    }
    resources = List.copyOf(sorted);
  }

  /** A new, empty state for a target, with a fresh lineage and serial 0. */
  public static StateFile empty(StateTarget target) {
    return new StateFile(FORMAT_VERSION, UUID.randomUUID().toString(), 0, target, List.of());
  }

  /** The entry at an address. */
  public Optional<StateResource> get(Address address) {
    return resources.stream().filter(r -> r.address().equals(address)).findFirst();
  }

  /** The entries as the planner wants them. */
  public List<Managed> managed() {
    return resources.stream().map(StateResource::toManaged).toList();
  }

  /**
   * The state after a change succeeded: deletes and forgets drop the address, everything else
   * records it with its Apple id, natural key, attributes and their digest.
   *
   * @param appleId the Apple id after the change (null: the change's)
   * @param attributes the attributes now applied (null: the change's after-attributes)
   */
  public StateFile withApplied(Change change, String appleId, Map<String, Object> attributes) {
    return entryAfter(change, appleId, attributes)
        .map(this::withResource)
        .orElseGet(() -> withRemoved(change.address()));
  }

  /**
   * The entry a succeeded change leaves at its address: empty when the change removes it (delete,
   * forget).
   */
  public static Optional<StateResource> entryAfter(
      Change change, String appleId, Map<String, Object> attributes) {
    return switch (change.action()) {
      case DELETE, FORGET -> Optional.empty();
      case NO_OP, CREATE, UPDATE, DELETE_THEN_CREATE, CREATE_THEN_DELETE, ADOPT -> {
        Map<String, Object> applied =
            attributes != null ? attributes : change.after() != null ? change.after() : Map.of();
        yield Optional.of(
            StateResource.applied(
                change.address(),
                appleId != null ? appleId : change.appleId(),
                change.naturalKey(),
                applied,
                change.preventDestroy()));
      }
    };
  }

  /**
   * The state with many entries set (present) or removed (empty) at once: one sort for all of them,
   * where one {@link #withResource} per entry would copy and sort the whole list each time.
   */
  public StateFile withEntries(Map<Address, Optional<StateResource>> edits) {
    if (edits.isEmpty()) {
      return this;
    }
    List<StateResource> out = new ArrayList<>(resources.size() + edits.size());
    for (StateResource r : resources) {
      if (!edits.containsKey(r.address())) {
        out.add(r);
      }
    }
    edits.values().forEach(e -> e.ifPresent(out::add));
    return new StateFile(formatVersion, lineage, serial, target, out);
  }

  /** The state with this entry added or replaced (also what {@code import} records). */
  public StateFile withResource(StateResource resource) {
    List<StateResource> out = new ArrayList<>(resources);
    out.removeIf(r -> r.address().equals(resource.address()));
    out.add(resource);
    return new StateFile(formatVersion, lineage, serial, target, out);
  }

  /** The state without an address ({@code state rm}: the live resource is left alone). */
  public StateFile withRemoved(Address address) {
    List<StateResource> out = new ArrayList<>(resources);
    out.removeIf(r -> r.address().equals(address));
    return new StateFile(formatVersion, lineage, serial, target, out);
  }

  /** The state with an entry renamed ({@code state mv}); both addresses must be of one kind. */
  public StateFile withMoved(Address from, Address to) {
    StateResource r =
        get(from)
            .orElseThrow(
                () -> new IllegalArgumentException("no resource at " + from + " in the state"));
    if (!from.kind().equals(to.kind())) {
      throw new IllegalArgumentException(
          "cannot move " + from + " to " + to + ": the kinds differ");
    }
    if (get(to).isPresent()) {
      throw new IllegalArgumentException(
          "cannot move " + from + " to " + to + ": the state already has " + to);
    }
    return withRemoved(from)
        .withResource(
            new StateResource(
                to,
                r.kind(),
                r.appleId(),
                r.naturalKey(),
                r.digest(),
                r.attributes(),
                r.preventDestroy()));
  }

  /** This state with another serial: what a backend stores when it saves (never for edits). */
  public StateFile withSerial(long newSerial) {
    return new StateFile(formatVersion, lineage, newSerial, target, resources);
  }

  /** True when both have the same content, the serial aside. */
  public boolean sameContentAs(StateFile other) {
    return other != null && withSerial(0).equals(other.withSerial(0));
  }
}
