package dev.ascform.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Replacing a resource deletes what Apple deletes with it (a bundle ID's capabilities): a change
 * that depends on a replaced resource and would keep, adopt or update the live one becomes a
 * create, so that one apply converges and the plan says so. Only delete-first replaces cascade: a
 * create-first replace (a certificate renewal) keeps the old resource until its successor exists,
 * and its dependents are moved by {@link InvalidationCascade} instead.
 */
final class ReplaceCascade {
  private ReplaceCascade() {}

  static List<Change> apply(List<Change> changes) {
    Set<Address> replaced = new HashSet<>();
    changes.forEach(
        c -> {
          if (c.action() == Action.DELETE_THEN_CREATE) {
            replaced.add(c.address());
          }
        });
    if (replaced.isEmpty()) {
      return changes;
    }
    List<Change> out = new ArrayList<>();
    for (Change c : changes) {
      boolean kept =
          c.action() == Action.NO_OP || c.action() == Action.ADOPT || c.action() == Action.UPDATE;
      Address dep = c.dependsOn().stream().filter(replaced::contains).findFirst().orElse(null);
      if (!kept || dep == null) {
        out.add(c);
        continue;
      }
      out.add(
          c.toBuilder()
              .action(Action.CREATE)
              .reason(Reason.CREATE_BECAUSE_DEPENDENCY_REPLACED)
              .verb(null)
              .adopt(false)
              .appleId(null)
              .after(c.after() != null ? c.after() : c.before())
              .consequence("it goes with " + dep + ", which is replaced")
              .fieldDiffs(List.of())
              .drift(false)
              .driftDiffs(List.of())
              .build());
    }
    return out;
  }
}
