package dev.ascform.config;

import dev.ascform.model.AppSpec;
import dev.ascform.model.BundleIdSpec;
import dev.ascform.model.CapabilitySpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Apps, bundle IDs and capabilities: identifier syntax, uniqueness, capability types. */
final class IdentifierChecks {
  private final CheckContext ctx;
  private final List<String> knownCapabilities;

  /** The capability types that take settings, with their setting keys (from the schema). */
  private final Map<String, List<String>> settingKeys = new TreeMap<>();

  IdentifierChecks(CheckContext ctx) {
    this.ctx = ctx;
    List<String> known = new ArrayList<>();
    SchemaCheck.schemaJson().at("/$defs/CapabilityType/enum").forEach(v -> known.add(v.asText()));
    this.knownCapabilities = List.copyOf(known);
    SchemaCheck.schemaJson()
        .at("/$defs/Capabilities/properties")
        .fields()
        .forEachRemaining(
            e -> {
              List<String> keys = new ArrayList<>();
              e.getValue().path("properties").fieldNames().forEachRemaining(keys::add);
              settingKeys.put(e.getKey(), List.copyOf(keys));
            });
  }

  void apps(Collection<AppSpec> apps) {
    for (AppSpec a : apps) {
      String problem = Syntax.identifierProblem(a.bundleId(), false);
      if (problem != null) {
        ctx.error(ctx.at(a, "bundle_id"), "apps." + a.key() + ".bundle_id: " + problem);
      }
    }
    ctx.unique(
        List.copyOf(apps), AppSpec::bundleId, a -> ctx.at(a, "bundle_id"), "app bundle identifier");
  }

  void bundleIds(Collection<BundleIdSpec> ids) {
    for (BundleIdSpec b : ids) {
      String problem = Syntax.identifierProblem(b.identifier(), true);
      if (problem != null) {
        ctx.error(ctx.at(b, "identifier"), "bundle_ids." + b.key() + ".identifier: " + problem);
      }
      b.capabilities().values().forEach(c -> capability(b, c));
    }
    ctx.unique(
        List.copyOf(ids),
        BundleIdSpec::identifier,
        b -> ctx.at(b, "identifier"),
        "bundle identifier");
  }

  private void capability(BundleIdSpec b, CapabilitySpec c) {
    if (knownCapabilities.contains(c.type()) && !settingKeys.containsKey(c.type())) {
      for (String key : c.settings().keySet()) {
        ctx.error(
            ctx.at(b, "capabilities", c.type(), key),
            "bundle_ids."
                + b.key()
                + ".capabilities."
                + c.type()
                + ": "
                + c.type()
                + " takes no settings, so '"
                + key
                + "' would be ignored; write "
                + c.type()
                + ": {}. Only "
                + takers()
                + " take"
                + " settings");
      }
    }
    if (!knownCapabilities.contains(c.type())) {
      ctx.warning(
          c.pos(),
          "capability type '"
              + c.type()
              + "' is not in Apple's OpenAPI document;"
              + " it is sent as written"
              + Suggestions.didYouMean(c.type(), knownCapabilities));
    }
    if (b.identifier().endsWith("*")
        && !c.type().equals("IN_APP_PURCHASE")
        && !c.type().equals("GAME_CENTER")) {
      ctx.warning(
          c.pos(),
          "wildcard bundle IDs ('"
              + b.identifier()
              + "') support few capabilities;"
              + " Apple may reject "
              + c.type());
    }
  }

  /** "ICLOUD (ICLOUD_VERSION), DATA_PROTECTION (...), ...". */
  private String takers() {
    List<String> out = new ArrayList<>();
    settingKeys.forEach((type, keys) -> out.add(type + " (" + String.join(", ", keys) + ")"));
    return String.join(", ", out);
  }
}
