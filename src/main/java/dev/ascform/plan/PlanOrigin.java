package dev.ascform.plan;

import java.util.Objects;

/**
 * What a plan was made against, so that a reader of a rendered or saved plan can tell a sandbox
 * plan from one of Apple's accounts.
 *
 * @param target "sandbox (no change reaches Apple)" or the API's URL
 * @param account the configuration's account name
 */
public record PlanOrigin(String target, String account) {
  public PlanOrigin {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(account, "account");
  }

  /** {@code target: sandbox (no change reaches Apple) · account: acme}. */
  public String line() {
    return "target: " + target + " · account: " + account;
  }
}
