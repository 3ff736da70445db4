package dev.ascform.plan;

import java.util.List;

/**
 * What a change does to one resource. A closed set, each with Terraform's symbol.
 *
 * <p>{@link #ADOPT} records a resource that already exists in the account under the desired natural
 * key without any write; when its fields also differ, the change is an {@link #UPDATE} (or a
 * replace) whose {@link Change#adopt()} flag is set. {@link #FORGET} removes an address from the
 * state without any write (the resource is already gone, or already retired).
 */
public enum Action {
  NO_OP("", "no-op"),
  CREATE("+", "create"),
  UPDATE("~", "update"),
  DELETE("-", "delete"),
  DELETE_THEN_CREATE("-/+", "delete", "create"),
  CREATE_THEN_DELETE("+/-", "create", "delete"),
  ADOPT("<=", "adopt"),
  FORGET(".", "forget");

  private final String symbol;
  private final List<String> jsonActions;

  Action(String symbol, String... jsonActions) {
    this.symbol = symbol;
    this.jsonActions = List.of(jsonActions);
  }

  /** Terraform's symbol: {@code + ~ - -/+ +/- <=}; empty for no-op. */
  public String symbol() {
    return symbol;
  }

  /** The JSON plan's action list: a replace is {@code ["delete","create"]} or the reverse. */
  public List<String> jsonActions() {
    return jsonActions;
  }

  /** True for both replace orders. */
  public boolean isReplace() {
    return this == DELETE_THEN_CREATE || this == CREATE_THEN_DELETE;
  }

  /** True when the live resource is destroyed (deleted, retired or replaced). */
  public boolean isDestroy() {
    return this == DELETE || isReplace();
  }

  /** True when apply writes the desired value: a create, an update or a replace. */
  public boolean writesValue() {
    return this == CREATE || this == UPDATE || isReplace();
  }

  /** True when the action changes anything at all (state or account). */
  public boolean isChange() {
    return this != NO_OP;
  }
}
