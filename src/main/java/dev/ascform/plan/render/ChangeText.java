package dev.ascform.plan.render;

import dev.ascform.plan.Action;
import dev.ascform.plan.Change;
import dev.ascform.plan.Digests;
import dev.ascform.plan.FieldDiff;
import dev.ascform.plan.PlanStats;
import dev.ascform.plan.Reason;
import dev.ascform.plan.Unmanaged;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words shared by the text renderers: a change's headline and detail lines. */
final class ChangeText {
  private ChangeText() {}

  /** "replace: a field that cannot change in place differs (platform); it ...". */
  static String headline(Change c) {
    StringBuilder s = new StringBuilder(c.verb()).append(": ").append(c.reason().sentence());
    if (!c.forcedBy().isEmpty()) {
      s.append(" (").append(String.join(", ", c.forcedBy())).append(')');
    }
    if (c.consequence() != null) {
      s.append("; ").append(c.consequence());
    }
    return s.toString();
  }

  /** The field lines under a change: attributes of a create, field diffs otherwise. */
  static List<String> details(Change c) {
    List<String> out = new ArrayList<>();
    if (c.action() == Action.CREATE && c.after() != null) {
      for (Map.Entry<String, Object> e : c.after().entrySet()) {
        out.add(e.getKey() + ": " + value(e.getValue()));
      }
      return out;
    }
    for (FieldDiff d : c.fieldDiffs()) {
      out.add(diff(d) + (c.forcedBy().contains(d.path()) ? "  (forces replacement)" : ""));
    }
    return out;
  }

  /** The lines of a drift note: what changed outside ascform. */
  static List<String> driftDetails(Change c) {
    List<String> out = new ArrayList<>();
    if (c.reason() == Reason.CREATE_BECAUSE_DELETED_OUTSIDE
        || c.reason() == Reason.FORGET_BECAUSE_GONE) {
      out.add("deleted outside ascform");
    } else if (c.driftDiffs().isEmpty()) {
      out.add("replaced outside ascform (Apple id is now " + c.appleId() + ")");
    }
    c.driftDiffs().forEach(d -> out.add(diff(d)));
    return out;
  }

  /** {@code name: "Acme" -> "Acme App"}. */
  static String diff(FieldDiff d) {
    return d.path() + ": " + value(d.before()) + " -> " + value(d.after());
  }

  /** A value as people read it: JSON text (strings quoted). */
  static String value(Object v) {
    return Digests.canonicalJson(v);
  }

  /** "12 devices and 3 bundle IDs exist in the account but not in this config: ...". */
  static String unmanagedLine(List<Unmanaged> unmanaged) {
    List<String> parts = unmanaged.stream().map(Unmanaged::phrase).toList();
    String joined =
        parts.size() == 1
            ? parts.get(0)
            : String.join(", ", parts.subList(0, parts.size() - 1))
                + " and "
                + parts.get(parts.size() - 1);
    boolean one = parts.size() == 1 && unmanaged.get(0).count() == 1;
    return joined
        + (one ? " exists" : " exist")
        + " in the account but not in this config:"
        + " left alone (prune is off).";
  }

  /** "14 requests (GET 14)" and durations, or empty when the caller gave no stats. */
  static String statsLine(PlanStats stats) {
    if (stats.requests().isEmpty() && stats.durationsMillis().isEmpty()) {
      return "";
    }
    StringBuilder s =
        new StringBuilder("Read the account in ").append(stats.totalRequests()).append(" requests");
    if (!stats.requests().isEmpty()) {
      List<String> ops = new ArrayList<>();
      stats.requests().forEach((op, n) -> ops.add(op + " " + n));
      s.append(" (").append(String.join(", ", ops)).append(')');
    }
    stats
        .durationsMillis()
        .forEach(
            (phase, ms) -> s.append(String.format(Locale.ROOT, "; %s %.1f s", phase, ms / 1000.0)));
    return s.toString();
  }
}
