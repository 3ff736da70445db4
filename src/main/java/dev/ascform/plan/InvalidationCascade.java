package dev.ascform.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replaces a resource that would be kept when another change in the same plan invalidates it at
 * Apple ({@link KindRules#invalidatedBy}): a profile whose bundle ID's capability changes is
 * replaced "because capability.app.push changes", and depends on that change. A resource the plan
 * makes anyway (created or replaced) also goes after every change that would invalidate it: a new
 * profile made before a capability of its App ID is pruned would be INVALID at once.
 */
final class InvalidationCascade {
  private InvalidationCascade() {}

  static List<Change> apply(List<Change> changes, Map<String, KindSnapshot<?, ?>> snapshots) {
    List<Change> causes =
        changes.stream()
            .filter(
                c ->
                    c.action() != Action.NO_OP
                        && c.action() != Action.ADOPT
                        && c.action() != Action.FORGET)
            .toList();
    if (causes.isEmpty()) {
      return changes;
    }
    // What a made resource must follow beyond its declared dependencies: the deletes (a pruned
    // capability has no declared address). Only those, so that a first apply of a large account
    // (every resource a create) does not pair every change with every other.
    List<Change> deletes = causes.stream().filter(c -> c.action() == Action.DELETE).toList();
    List<Change> out = new ArrayList<>();
    for (Change c : changes) {
      KindSnapshot<?, ?> s = snapshots.get(c.kind());
      boolean kept = c.action() == Action.NO_OP || c.action() == Action.ADOPT;
      boolean makes = c.action() == Action.CREATE || c.action().isReplace();
      List<String> why =
          s == null
              ? List.of()
              : kept && c.appleId() != null
                  ? reasons(s, c, causes)
                  : makes && !deletes.isEmpty() ? reasons(s, c, deletes) : List.of();
      if (why.isEmpty()) {
        out.add(c);
        continue;
      }
      if (makes) {
        List<Address> after = new ArrayList<>(c.dependsOn());
        causes.stream()
            .filter(o -> why.stream().anyMatch(w -> w.startsWith(o.address() + " ")))
            .forEach(o -> after.add(o.address()));
        out.add(c.toBuilder().dependsOn(after).build());
        continue;
      }
      List<Address> deps = new ArrayList<>(c.dependsOn());
      causes.stream()
          .filter(o -> why.stream().anyMatch(w -> w.startsWith(o.address() + " ")))
          .forEach(o -> deps.add(o.address()));
      out.add(
          c.toBuilder()
              .action(s.kind().replaceOrder().action())
              .reason(Reason.REPLACE_BECAUSE_KIND_RULE)
              .verb(c.adopt() ? "adopt and replace" : "replace")
              .forcedBy(why)
              .dependsOn(deps)
              .consequence(consequence(s, c))
              .build());
    }
    return out;
  }

  private static <D, L> List<String> reasons(KindSnapshot<D, L> s, Change c, List<Change> causes) {
    var d = s.desired().get(c.address());
    if (d == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Change o : causes) {
      if (!o.address().equals(c.address())) {
        String why = s.kind().invalidatedBy(d.resource(), o);
        if (why != null) {
          out.add(why);
        }
      }
    }
    return out;
  }

  private static <D, L> String consequence(KindSnapshot<D, L> s, Change c) {
    var d = s.desired().get(c.address());
    return d == null ? null : s.kind().replaceConsequence(d.resource(), null);
  }
}
