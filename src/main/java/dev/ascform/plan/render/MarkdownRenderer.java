package dev.ascform.plan.render;

import dev.ascform.plan.Action;
import dev.ascform.plan.Change;
import dev.ascform.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders a plan as Markdown for a pull-request comment: the summary first, the target and account,
 * warnings, drift, a table of changes, the field diff in a {@code diff} code block, and the
 * unmanaged note. Past {@code maxBytes} (default ~60 KB, below GitHub's 65,536-character comment
 * limit) it keeps every real change it can, deletes first, then replaces, updates and creates, and
 * collapses adopts and forgets (no API write) into counts per kind; when even the real changes do
 * not fit, it says which kinds and how many were cut, and points to the full plan. Computes
 * nothing.
 */
public final class MarkdownRenderer {
  /** The default size limit, in UTF-8 bytes. */
  public static final int DEFAULT_MAX_BYTES = 60_000;

  /** What truncation keeps first: deletes, replaces, updates, creates; then adopts and forgets. */
  private static final List<List<Action>> PRIORITY =
      List.of(
          List.of(Action.DELETE),
          List.of(Action.DELETE_THEN_CREATE, Action.CREATE_THEN_DELETE),
          List.of(Action.UPDATE),
          List.of(Action.CREATE));

  private final Appendable out;
  private final int maxBytes;

  public MarkdownRenderer(Appendable out) {
    this(out, DEFAULT_MAX_BYTES);
  }

  public MarkdownRenderer(Appendable out, int maxBytes) {
    this.out = out;
    this.maxBytes = maxBytes;
  }

  /** Writes the plan. */
  public void render(Plan plan) {
    StringBuilder md = new StringBuilder("### ascform plan\n\n");
    md.append("**")
        .append(
            plan.isEmpty()
                ? "No changes. The account matches the configuration."
                : plan.summary().line())
        .append("**\n\n");
    if (plan.origin() != null) {
      md.append("Target: **")
          .append(plan.origin().target())
          .append("** · account: **")
          .append(plan.origin().account())
          .append("**\n\n");
    }
    if (!plan.warnings().isEmpty()) {
      md.append("> [!WARNING]\n");
      plan.warnings()
          .forEach(
              w ->
                  md.append("> - ")
                      .append(w.address() == null ? "" : "`" + w.address() + "`: ")
                      .append(escape(w.message()))
                      .append('\n'));
      md.append('\n');
    }
    List<Change> drifted = plan.drifted();
    if (!drifted.isEmpty()) {
      md.append("> **Drift:** ")
          .append(drifted.size())
          .append(drifted.size() == 1 ? " resource" : " resources")
          .append(" changed outside ascform since the last apply.\n\n");
    }
    StringBuilder tail = new StringBuilder();
    if (!plan.unmanaged().isEmpty()) {
      tail.append(ChangeText.unmanagedLine(plan.unmanaged())).append("\n\n");
    }
    String stats = ChangeText.statsLine(plan.stats());
    if (!stats.isEmpty()) {
      tail.append("<sub>").append(stats).append("</sub>\n");
    }
    List<Change> changes = plan.actionable();
    if (!changes.isEmpty()) {
      int budget = maxBytes - bytes(md) - bytes(tail) - 1_500;
      changes(md, changes, budget);
    }
    md.append(tail);
    try {
      out.append(md);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table and the diff: all of them, or what fits by priority and the counts of the rest. */
  private static void changes(StringBuilder md, List<Change> changes, int budget) {
    if (cost(changes) <= budget) {
      section(md, changes);
      return;
    }
    Set<Change> kept = new HashSet<>();
    Map<String, Map<String, Integer>> cut = new TreeMap<>();
    int used = 0;
    for (List<Action> level : PRIORITY) {
      for (Change c : changes) {
        if (!level.contains(c.action())) {
          continue;
        }
        int cost = bytes(row(c)) + bytes(block(c));
        if (used + cost <= budget) {
          used += cost;
          kept.add(c);
        } else {
          cut.computeIfAbsent(word(c.action()), k -> new TreeMap<>())
              .merge(c.kind(), 1, Integer::sum);
        }
      }
    }
    Map<String, Map<String, Integer>> collapsed = new TreeMap<>();
    for (Change c : changes) {
      if (c.action() == Action.ADOPT || c.action() == Action.FORGET) {
        collapsed
            .computeIfAbsent(word(c.action()), k -> new TreeMap<>())
            .merge(c.kind(), 1, Integer::sum);
      }
    }
    section(md, changes.stream().filter(kept::contains).toList());
    if (!collapsed.isEmpty()) {
      md.append("_Not listed (no API write):_ ").append(counts(collapsed)).append(".\n\n");
    }
    if (!cut.isEmpty()) {
      md.append("**Not shown, the comment is too long:** ")
          .append(counts(cut))
          .append(
              ". Review them in the full plan: the job's plan artifact, with `ascform show"
                  + " FILE` (or `--format json`).\n\n");
    } else {
      md.append(
          "_Every create, update, replace and delete is shown. The full plan is the job's"
              + " plan artifact (`ascform show FILE`)._\n\n");
    }
  }

  private static void section(StringBuilder md, List<Change> shown) {
    md.append(table(shown)).append('\n');
    md.append("<details><summary>Diff</summary>\n\n```diff\n");
    shown.forEach(c -> md.append(block(c)));
    md.append("```\n\n</details>\n\n");
  }

  /** "2 deletes (device 2), 415 adopts (beta_tester 400, device 15)". */
  private static String counts(Map<String, Map<String, Integer>> byWord) {
    List<String> parts = new ArrayList<>();
    for (List<Action> level :
        List.of(
            List.of(Action.DELETE),
            List.of(Action.DELETE_THEN_CREATE),
            List.of(Action.UPDATE),
            List.of(Action.CREATE),
            List.of(Action.ADOPT),
            List.of(Action.FORGET))) {
      String w = word(level.get(0));
      Map<String, Integer> kinds = byWord.get(w);
      if (kinds == null) {
        continue;
      }
      int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
      List<String> each = new ArrayList<>();
      kinds.forEach((k, n) -> each.add(k + " " + n));
      parts.add(total + " " + (total == 1 ? w : w + "s") + " (" + String.join(", ", each) + ")");
    }
    return String.join(", ", parts);
  }

  private static String word(Action a) {
    return switch (a) {
      case DELETE -> "delete";
      case DELETE_THEN_CREATE, CREATE_THEN_DELETE -> "replace";
      case UPDATE -> "update";
      case CREATE -> "create";
      case ADOPT -> "adopt";
      case FORGET -> "forget";
      case NO_OP -> "no-op";
    };
  }

  private static int cost(List<Change> changes) {
    int used = 0;
    for (Change c : changes) {
      used += bytes(row(c)) + bytes(block(c));
    }
    return used;
  }

  private static String table(List<Change> changes) {
    StringBuilder t = new StringBuilder("| | Address | Change |\n|---|---|---|\n");
    changes.forEach(c -> t.append(row(c)));
    return t.toString();
  }

  private static String row(Change c) {
    return "| `"
        + c.action().symbol()
        + "` | `"
        + c.address()
        + "` | "
        + escape(ChangeText.headline(c))
        + " |\n";
  }

  /**
   * A change in the diff block: {@code +} creates, {@code -} deletes, {@code !} updates and
   * replaces; adopts and forgets write nothing to the account, so they are plain lines (never a
   * green {@code +}).
   */
  private static String block(Change c) {
    String prefix =
        switch (c.action()) {
          case CREATE -> "+";
          case DELETE -> "-";
          case ADOPT, FORGET, NO_OP -> " ";
          default -> "!";
        };
    List<String> lines = new ArrayList<>();
    lines.add(prefix + " " + c.address() + ": " + c.verb());
    ChangeText.details(c).forEach(d -> lines.add(prefix + "     " + d));
    return String.join("\n", lines) + "\n";
  }

  private static String escape(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private static int bytes(CharSequence s) {
    return s.toString().getBytes(StandardCharsets.UTF_8).length;
  }
}
