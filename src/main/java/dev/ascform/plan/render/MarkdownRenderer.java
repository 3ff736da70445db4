package dev.ascform.plan.render;

import dev.ascform.plan.Change;
import dev.ascform.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a plan as Markdown for a pull-request comment: the summary first, drift, a table of
 * changes, the field diff in a {@code diff} code block, and the unmanaged note. Past
 * {@code maxBytes} (default ~60 KB, below GitHub's 65,536-character comment limit) the table
 * and diff are cut with a note saying how many changes were left out. Computes nothing.
 */
public final class MarkdownRenderer {
  /** The default size limit, in UTF-8 bytes. */
  public static final int DEFAULT_MAX_BYTES = 60_000;
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
    md.append("**").append(plan.isEmpty() ? "No changes. The account matches the configuration."
        : plan.summary().line()).append("**\n\n");
    List<Change> drifted = plan.drifted();
    if (!drifted.isEmpty()) {
      md.append("> **Drift:** ").append(drifted.size()).append(drifted.size() == 1
          ? " resource" : " resources").append(" changed outside ascform since the last apply.\n\n");
    }
    List<Change> changes = plan.actionable();
    int budget = maxBytes - bytes(md) - 600;
    int shown = fitting(changes, budget);
    if (!changes.isEmpty()) {
      md.append(table(changes.subList(0, shown))).append('\n');
      md.append("<details><summary>Diff</summary>\n\n```diff\n");
      for (Change c : changes.subList(0, shown)) {
        md.append(block(c));
      }
      md.append("```\n\n</details>\n\n");
      if (shown < changes.size()) {
        md.append("_Truncated: ").append(shown).append(" of ").append(changes.size())
            .append(" changes shown. Run `ascform show` on the saved plan for all of them._\n\n");
      }
    }
    if (!plan.unmanaged().isEmpty()) {
      md.append(ChangeText.unmanagedLine(plan.unmanaged())).append("\n\n");
    }
    String stats = ChangeText.statsLine(plan.stats());
    if (!stats.isEmpty()) {
      md.append("<sub>").append(stats).append("</sub>\n");
    }
    try {
      out.append(md);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many changes (table row + diff block each) fit in the budget. */
  private static int fitting(List<Change> changes, int budget) {
    int used = 0;
    for (int i = 0; i < changes.size(); i++) {
      used += bytes(row(changes.get(i))) + bytes(block(changes.get(i)));
      if (used > budget) {
        return i;
      }
    }
    return changes.size();
  }

  private static String table(List<Change> changes) {
    StringBuilder t = new StringBuilder("| | Address | Change |\n|---|---|---|\n");
    changes.forEach(c -> t.append(row(c)));
    return t.toString();
  }

  private static String row(Change c) {
    return "| `" + c.action().symbol() + "` | `" + c.address() + "` | "
        + escape(ChangeText.headline(c)) + " |\n";
  }

  private static String block(Change c) {
    String prefix = switch (c.action()) {
      case CREATE, ADOPT -> "+";
      case DELETE -> "-";
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
