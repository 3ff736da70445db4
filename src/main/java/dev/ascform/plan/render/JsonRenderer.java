package dev.ascform.plan.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.plan.Change;
import dev.ascform.plan.FieldDiff;
import dev.ascform.plan.Plan;
import dev.ascform.plan.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Renders a plan as the documented, versioned JSON of {@code docs/PLAN-JSON.md} ({@code
 * format_version} {@value #FORMAT_VERSION}). Computes nothing.
 */
public final class JsonRenderer {
  /** The JSON plan format version; bump the minor for additions, the major for breaks. */
  public static final String FORMAT_VERSION = "1.2";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private final Appendable out;

  public JsonRenderer(Appendable out) {
    this.out = out;
  }

  /** Writes the plan as one JSON document and a newline. */
  public void render(Plan plan) {
    try {
      out.append(MAPPER.writeValueAsString(toJson(plan))).append('\n');
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plan is not JSON-like: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON tree of a plan. */
  public static ObjectNode toJson(Plan plan) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format_version", FORMAT_VERSION);
    root.put("changes_present", !plan.isEmpty());
    root.put("drift_present", !plan.drifted().isEmpty());
    Summary s = plan.summary();
    ObjectNode summary = root.putObject("summary");
    summary
        .put("create", s.create())
        .put("update", s.update())
        .put("replace", s.replace())
        .put("delete", s.delete())
        .put("adopt", s.adopt())
        .put("forget", s.forget())
        .put("line", plan.isEmpty() ? "No changes." : s.line());
    if (plan.origin() == null) {
      root.putNull("origin");
    } else {
      root.putObject("origin")
          .put("target", plan.origin().target())
          .put("account", plan.origin().account());
    }
    ArrayNode targets = root.putArray("targets");
    plan.targets().forEach(t -> targets.add(t.toString()));
    ArrayNode changes = root.putArray("resource_changes");
    plan.changes().forEach(c -> changes.add(change(c)));
    ArrayNode unmanaged = root.putArray("unmanaged");
    plan.unmanaged()
        .forEach(
            u -> {
              ObjectNode kind = unmanaged.addObject().put("kind", u.kind()).put("count", u.count());
              ArrayNode resources = kind.putArray("resources");
              u.resources()
                  .forEach(
                      r ->
                          resources
                              .addObject()
                              .put("natural_key", r.naturalKey())
                              .put("apple_id", r.appleId())
                              .put("note", r.note()));
            });
    ArrayNode warnings = root.putArray("warnings");
    plan.warnings()
        .forEach(
            w -> {
              ObjectNode n = warnings.addObject();
              n.put("code", w.code());
              n.put("address", w.address() == null ? null : w.address().toString());
              n.put("message", w.message());
              n.set("details", MAPPER.valueToTree(w.details()));
            });
    ArrayNode violations = root.putArray("policy_violations");
    plan.policyViolations().forEach(violations::add);
    ObjectNode stats = root.putObject("stats");
    stats.put("requests_total", plan.stats().totalRequests());
    ObjectNode requests = stats.putObject("requests");
    plan.stats().requests().forEach(requests::put);
    ObjectNode durations = stats.putObject("durations_ms");
    plan.stats().durationsMillis().forEach(durations::put);
    return root;
  }

  private static ObjectNode change(Change c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("address", c.address().toString());
    n.put("kind", c.address().kind());
    n.put("name", c.address().name());
    n.put("natural_key", c.naturalKey());
    n.put("apple_id", c.appleId());
    ArrayNode actions = n.putArray("actions");
    c.jsonActions().forEach(actions::add);
    n.put("verb", c.verb());
    n.put("reason", c.reason().name().toLowerCase(Locale.ROOT));
    n.put("reason_text", c.reason().sentence());
    n.set("before", MAPPER.valueToTree(c.before()));
    n.set("after", MAPPER.valueToTree(c.after()));
    n.set("fields", fields(c.fieldDiffs(), c.forcedBy()));
    ArrayNode forced = n.putArray("forced_by");
    c.forcedBy().forEach(forced::add);
    n.put("consequence", c.consequence());
    ArrayNode deps = n.putArray("depends_on");
    c.dependsOn().forEach(d -> deps.add(d.toString()));
    n.put("drift", c.drift());
    n.set("drift_fields", fields(c.driftDiffs(), List.of()));
    n.put("adopt", c.adopt());
    n.put("prevent_destroy", c.preventDestroy());
    return n;
  }

  private static ArrayNode fields(List<FieldDiff> diffs, List<String> forcedBy) {
    ArrayNode a = MAPPER.createArrayNode();
    for (FieldDiff d : diffs) {
      ObjectNode f = a.addObject();
      f.put("path", d.path());
      f.set("before", MAPPER.valueToTree(d.before()));
      f.set("after", MAPPER.valueToTree(d.after()));
      f.put("forces_replacement", forcedBy.contains(d.path()));
    }
    return a;
  }
}
