package dev.ascform.cli;

import dev.ascform.plan.Plan;
import dev.ascform.plan.render.HumanRenderer;
import dev.ascform.plan.render.JsonRenderer;
import dev.ascform.plan.render.MarkdownRenderer;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How a plan is printed: {@code --format text|json|markdown}, {@code --no-color}, {@code
 * --show-unmanaged}.
 */
public final class OutputOptions {
  /** The output formats. */
  public enum Format {
    TEXT,
    JSON,
    MARKDOWN
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or markdown (default ${DEFAULT-VALUE}).")
  Format format = Format.TEXT;

  @Option(
      names = "--no-color",
      description = "No colour (also when NO_COLOR is set or the" + " output is not a terminal).")
  boolean noColor;

  @Option(
      names = "--show-unmanaged",
      description =
          "Text format: list every live resource the config and the state do not name (kind,"
              + " natural key, Apple id), not only the counts. The JSON format always lists them.")
  boolean showUnmanaged;

  public Format format() {
    return format;
  }

  /** True for the human text format. */
  public boolean text() {
    return format == Format.TEXT;
  }

  /** Colour only on a terminal, without --no-color and NO_COLOR. */
  public boolean colour(Map<String, String> env) {
    return !noColor && !env.containsKey("NO_COLOR") && System.console() != null;
  }

  /** Renders the plan in the chosen format. */
  public void render(Plan plan, PrintWriter out, Map<String, String> env) {
    switch (format) {
      case JSON -> new JsonRenderer(out).render(plan);
      case MARKDOWN -> new MarkdownRenderer(out).render(plan);
      case TEXT -> new HumanRenderer(out, colour(env), showUnmanaged).render(plan);
      default -> throw new IllegalStateException();
    }
    out.flush();
  }
}
