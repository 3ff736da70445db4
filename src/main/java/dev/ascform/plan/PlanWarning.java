package dev.ascform.plan;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Something a reader of the plan must see that is not a change (or not only one): a certificate or
 * profile that expired or expires soon. One mechanism for every kind of warning: a stable {@code
 * code}, the address it is about (or null), a sentence, and details by name.
 *
 * @param code a stable identifier, e.g. {@code certificate_expired}; see docs/PLAN-JSON.md
 * @param address the resource it is about, or null for the whole plan
 * @param message the sentence people read
 * @param details machine-readable facts (e.g. {@code expires}, {@code days_left}), sorted
 */
public record PlanWarning(
    String code, Address address, String message, Map<String, Object> details) {
  public PlanWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    details = Values.copyMap(details == null ? Map.of() : new TreeMap<>(details));
  }
}
