package dev.ascform.plan;

import java.util.Map;

/**
 * Trait for kinds that cannot be deleted but can be retired by an update, as devices are disabled.
 * A removal is then planned as {@link Action#DELETE} whose after-attributes and field diffs are the
 * retiring update; the applier sends that update and forgets the address.
 */
public interface Retirable {

  /** The verb people read: "disable". */
  default String retireVerb() {
    return "disable";
  }

  /** The live attributes after retiring ({@code status: DISABLED}); equal when already retired. */
  Map<String, Object> retired(Map<String, Object> liveAttributes);

  /** What people should know about it, e.g. "devices cannot be deleted; it is disabled". */
  default String retireConsequence() {
    return null;
  }
}
