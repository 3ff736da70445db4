package dev.ascform.plan;

/**
 * Why a change is planned, as a sentence for people.
 *
 * <p>For rendering only: the applier must never branch on a reason; it acts on {@link Action} and
 * the change's data.
 */
public enum Reason {
  NO_CHANGE("matches the configuration"),
  CREATE_BECAUSE_NOT_IN_ACCOUNT("not in the account yet"),
  CREATE_BECAUSE_DELETED_OUTSIDE("was deleted outside ascform; it is created again"),
  CREATE_BECAUSE_DEPENDENCY_REPLACED("what it belongs to is replaced; it is created again"),
  UPDATE_BECAUSE_CONFIG_DIFFERS("the account differs from the configuration"),
  UPDATE_BECAUSE_CHANGED_OUTSIDE("changed outside ascform; the configuration is restored"),
  REPLACE_BECAUSE_IMMUTABLE("a field that cannot change in place differs"),
  REPLACE_BECAUSE_NOT_UPDATABLE("this kind cannot be updated in place"),
  REPLACE_BECAUSE_KIND_RULE("the resource must be recreated"),
  DELETE_BECAUSE_NOT_IN_CONFIG("no longer in the configuration"),
  DELETE_BECAUSE_PRUNE("not in the configuration and prune is on for this kind"),
  ADOPT_BECAUSE_EXISTS("already exists in the account with this key; recorded in state"),
  ADOPT_BECAUSE_MOVED("the state has it under another address (a renamed block or `state mv`)"),
  FORGET_BECAUSE_GONE("no longer in the configuration and already gone from the account"),
  FORGET_BECAUSE_RETIRED("no longer in the configuration and already retired in the account"),
  FORGET_BECAUSE_MOVED("the configuration declares the same resource under another address");

  private final String sentence;

  Reason(String sentence) {
    this.sentence = sentence;
  }

  /** The human sentence, lower-case, without a final period. */
  public String sentence() {
    return sentence;
  }
}
