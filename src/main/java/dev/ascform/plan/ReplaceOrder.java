package dev.ascform.plan;

/**
 * How a kind replaces a resource. Profiles have unique names, so the old one must go first;
 * certificates create the new one before revoking the old, so signing never stops.
 */
public enum ReplaceOrder {
  DELETE_THEN_CREATE,
  CREATE_THEN_DELETE;

  /** The action this order stands for. */
  public Action action() {
    return this == DELETE_THEN_CREATE ? Action.DELETE_THEN_CREATE : Action.CREATE_THEN_DELETE;
  }
}
