package dev.ascform.plan;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One planned change to one resource.
 *
 * @param address the resource's address
 * @param action what happens
 * @param verb the word a person reads for it ("create", "disable", "adopt and update"): UI only
 * @param rank the kind's dependency rank (lower goes first)
 * @param naturalKey the natural key (bundle identifier, UDID, email, ...)
 * @param appleId Apple's id of the live resource matched, or null (nothing live yet)
 * @param before the live attributes, or null when nothing is live
 * @param after the attributes after the change, or null when the resource goes away
 * @param fieldDiffs the changed fields, before to after
 * @param reason why, for people only (never branch on it)
 * @param consequence what else happens, for replaces and retires ("the .mobileprovision changes
 *     UUID"), or null
 * @param forcedBy the field paths (or kind rules) that forced a replace
 * @param dependsOn the addresses this resource needs first
 * @param drift true when the live resource changed outside ascform since the last apply
 * @param driftDiffs what changed outside ascform: from what was applied to what is live
 * @param adopt true when the change records an existing live resource in the state
 * @param preventDestroy true when the config or the state protects the resource from destroy
 * @param desired what apply writes: the kind's typed, resolved desired resource, or null when the
 *     resource goes away (delete, retire, forget). Apply makes exactly this value and never reads
 *     the configuration again; in a plan file it is the kind's JSON form (see {@link
 *     Plan#mapDesired}).
 */
public record Change(
    Address address,
    Action action,
    String verb,
    int rank,
    String naturalKey,
    String appleId,
    Map<String, Object> before,
    Map<String, Object> after,
    List<FieldDiff> fieldDiffs,
    Reason reason,
    String consequence,
    List<String> forcedBy,
    List<Address> dependsOn,
    boolean drift,
    List<FieldDiff> driftDiffs,
    boolean adopt,
    boolean preventDestroy,
    Object desired) {

  public Change {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(reason, "reason");
    verb = verb == null ? action.jsonActions().get(0) : verb;
    before = Values.copyMap(before);
    after = Values.copyMap(after);
    fieldDiffs = fieldDiffs == null ? List.of() : List.copyOf(fieldDiffs);
    forcedBy = forcedBy == null ? List.of() : List.copyOf(forcedBy);
    dependsOn = dependsOn == null ? List.of() : dependsOn.stream().sorted().distinct().toList();
    driftDiffs = driftDiffs == null ? List.of() : List.copyOf(driftDiffs);
  }

  /** The kind's name, from the address. */
  public String kind() {
    return address.kind();
  }

  /** The JSON action list: {@code ["adopt","update"]} for an adopt that also updates. */
  public List<String> jsonActions() {
    if (adopt && action != Action.ADOPT) {
      return Stream.concat(Stream.of("adopt"), action.jsonActions().stream()).toList();
    }
    return action.jsonActions();
  }

  /** A builder, for the planner and for tests. */
  public static Builder builder(Address address, Action action, Reason reason) {
    return new Builder(address, action, reason);
  }

  /** A copy of this change with another action, verb and reason (used by safety rewrites). */
  public Builder toBuilder() {
    Builder b = new Builder(address, action, reason);
    b.verb = verb;
    b.rank = rank;
    b.naturalKey = naturalKey;
    b.appleId = appleId;
    b.before = before;
    b.after = after;
    b.fieldDiffs = fieldDiffs;
    b.consequence = consequence;
    b.forcedBy = forcedBy;
    b.dependsOn = dependsOn;
    b.drift = drift;
    b.driftDiffs = driftDiffs;
    b.adopt = adopt;
    b.preventDestroy = preventDestroy;
    b.desired = desired;
    return b;
  }

  /** Mutable builder of a {@link Change}. */
  public static final class Builder {
    private final Address address;
    private Action action;
    private Reason reason;
    private String verb;
    private int rank;
    private String naturalKey;
    private String appleId;
    private Map<String, Object> before;
    private Map<String, Object> after;
    private List<FieldDiff> fieldDiffs;
    private String consequence;
    private List<String> forcedBy;
    private List<Address> dependsOn;
    private boolean drift;
    private List<FieldDiff> driftDiffs;
    private boolean adopt;
    private boolean preventDestroy;
    private Object desired;

    private Builder(Address address, Action action, Reason reason) {
      this.address = address;
      this.action = action;
      this.reason = reason;
    }

    public Builder action(Action v) {
      action = v;
      return this;
    }

    public Builder reason(Reason v) {
      reason = v;
      return this;
    }

    public Builder verb(String v) {
      verb = v;
      return this;
    }

    public Builder rank(int v) {
      rank = v;
      return this;
    }

    public Builder naturalKey(String v) {
      naturalKey = v;
      return this;
    }

    public Builder appleId(String v) {
      appleId = v;
      return this;
    }

    public Builder before(Map<String, Object> v) {
      before = v;
      return this;
    }

    public Builder after(Map<String, Object> v) {
      after = v;
      return this;
    }

    public Builder fieldDiffs(List<FieldDiff> v) {
      fieldDiffs = v;
      return this;
    }

    public Builder consequence(String v) {
      consequence = v;
      return this;
    }

    public Builder forcedBy(List<String> v) {
      forcedBy = v;
      return this;
    }

    public Builder dependsOn(List<Address> v) {
      dependsOn = v;
      return this;
    }

    public Builder drift(boolean v) {
      drift = v;
      return this;
    }

    public Builder driftDiffs(List<FieldDiff> v) {
      driftDiffs = v;
      return this;
    }

    public Builder adopt(boolean v) {
      adopt = v;
      return this;
    }

    public Builder preventDestroy(boolean v) {
      preventDestroy = v;
      return this;
    }

    public Builder desired(Object v) {
      desired = v;
      return this;
    }

    public Change build() {
      return new Change(
          address,
          action,
          verb,
          rank,
          naturalKey,
          appleId,
          before,
          after,
          fieldDiffs,
          reason,
          consequence,
          forcedBy,
          dependsOn,
          drift,
          driftDiffs,
          adopt,
          preventDestroy,
          desired);
    }
  }
}
