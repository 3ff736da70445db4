package dev.ascform.plan.render;

import dev.ascform.plan.Action;
import dev.ascform.plan.Change;
import dev.ascform.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders a plan as text for a terminal or a CI log: drift first, then one line per change (symbol,
 * padded address, verb and reason) with its field lines, the unmanaged resources, and the summary
 * as the last line. Colour only when the caller enables it (it decides from {@code NO_COLOR} and
 * whether the output is a terminal). Computes nothing.
 */
public final class HumanRenderer {
  private static final int MAX_ADDRESS_COLUMN = 48;
  private final Appendable out;
  private final boolean colour;
  private final boolean showUnmanaged;

  public HumanRenderer(Appendable out, boolean colour) {
    this(out, colour, false);
  }

  /**
   * @param showUnmanaged list every unmanaged live resource (kind, natural key, Apple id), not only
   *     the counts ({@code --show-unmanaged})
   */
  public HumanRenderer(Appendable out, boolean colour, boolean showUnmanaged) {
    this.out = out;
    this.colour = colour;
    this.showUnmanaged = showUnmanaged;
  }

  /** Writes the plan. */
  public void render(Plan plan) {
    List<Change> actionable = plan.actionable();
    int longest =
        plan.changes().stream().mapToInt(c -> c.address().toString().length()).max().orElse(0);
    int width = Math.min(Math.max(longest, 20), MAX_ADDRESS_COLUMN);
    String stats = ChangeText.statsLine(plan.stats());
    if (!stats.isEmpty()) {
      line(stats);
      line("");
    }
    List<Change> drifted = plan.drifted();
    if (!drifted.isEmpty()) {
      line("Changed outside ascform since the last apply:");
      for (Change c : drifted) {
        List<String> notes = ChangeText.driftDetails(c);
        line(String.format("  %s  %s", pad(c.address().toString(), width), notes.get(0)));
        notes.subList(1, notes.size()).forEach(n -> line("  " + " ".repeat(width) + "  " + n));
      }
      line("");
    }
    for (Change c : actionable) {
      line(
          String.format(
              "%s %s  %s",
              symbol(c.action()), pad(c.address().toString(), width), ChangeText.headline(c)));
      ChangeText.details(c).forEach(d -> line("        " + d));
    }
    if (!actionable.isEmpty()) {
      line("");
    }
    if (!plan.unmanaged().isEmpty()) {
      line(
          "  "
              + ChangeText.unmanagedLine(plan.unmanaged())
              + (showUnmanaged ? "" : " --show-unmanaged lists them."));
      if (showUnmanaged) {
        unmanaged(plan);
      }
      line("");
    }
    if (!plan.warnings().isEmpty()) {
      line("Warnings:");
      plan.warnings()
          .forEach(
              w -> line("  ! " + (w.address() == null ? "" : w.address() + ": ") + w.message()));
      line("");
    }
    if (!plan.targets().isEmpty()) {
      line("  Targeted plan (--target): other resources were not considered.");
      line("");
    }
    line(
        plan.isEmpty()
            ? "No changes. The account matches the configuration."
            : plan.summary().line());
  }

  private void unmanaged(Plan plan) {
    int kindWidth = plan.unmanaged().stream().mapToInt(u -> u.kind().length()).max().orElse(0);
    int keyWidth =
        Math.min(
            plan.unmanaged().stream()
                .flatMap(u -> u.resources().stream())
                .mapToInt(r -> r.naturalKey().length())
                .max()
                .orElse(0),
            MAX_ADDRESS_COLUMN);
    plan.unmanaged()
        .forEach(
            u ->
                u.resources()
                    .forEach(
                        r ->
                            line(
                                ("    "
                                        + pad(u.kind(), kindWidth)
                                        + "  "
                                        + pad(r.naturalKey(), keyWidth)
                                        + "  "
                                        + r.appleId()
                                        + (r.note() == null ? "" : "  (" + r.note() + ")"))
                                    .stripTrailing())));
  }

  private String symbol(Action a) {
    String s = String.format("%4s", a.symbol());
    if (!colour) {
      return s;
    }
    String code =
        switch (a) {
          case CREATE -> "32";
          case UPDATE -> "33";
          case DELETE -> "31";
          case DELETE_THEN_CREATE, CREATE_THEN_DELETE -> "35";
          case ADOPT -> "36";
          case FORGET, NO_OP -> "2";
        };
    return "\u001b[" + code + "m" + s + "\u001b[0m";
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private void line(String s) {
    try {
      out.append(s).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
