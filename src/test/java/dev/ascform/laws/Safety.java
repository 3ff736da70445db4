package dev.ascform.laws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Law 3 and law 6 on a JSON plan (docs/PLAN-JSON.md). */
final class Safety {
  /** Config prune keys by the plan's kind names. */
  private static final Map<String, String> PRUNE =
      Map.of(
          "bundle_id",
          "bundle_ids",
          "capability",
          "capabilities",
          "device",
          "devices",
          "certificate",
          "certificates",
          "profile",
          "profiles",
          "beta_group",
          "beta_groups",
          "beta_tester",
          "beta_testers",
          "user",
          "users");

  private Safety() {}

  /** Natural keys the config declares, lower case: identifiers, UDIDs, emails, names. */
  static Set<String> declaredKeys(World w) {
    Set<String> keys = new HashSet<>();
    for (World.Bundle b : w.configBundles()) {
      keys.add(b.identifier());
      b.caps().keySet().forEach(t -> keys.add(b.identifier() + "/" + t));
    }
    w.configDevices().forEach(d -> keys.add(d.udid()));
    w.profiles().stream().filter(p -> w.inConfig(p.presence())).forEach(p -> keys.add(p.name()));
    w.users().stream().filter(u -> w.inConfig(u.presence())).forEach(u -> keys.add(u.email()));
    Set<String> lower = new HashSet<>();
    keys.forEach(k -> lower.add(k.toLowerCase(Locale.ROOT)));
    return lower;
  }

  private static boolean destroys(JsonNode c) {
    for (JsonNode a : c.path("actions")) {
      if (a.asText().equals("delete")) {
        return true;
      }
    }
    return false;
  }

  private static boolean replaces(JsonNode c) {
    boolean create = false;
    for (JsonNode a : c.path("actions")) {
      create |= a.asText().equals("create");
    }
    return create && destroys(c);
  }

  /**
   * Law 3 on a first plan (empty state): nothing the config declares is deleted or disabled, and
   * replaced only when the plan shows what forces it; a delete of anything else needs prune on for
   * its kind; no protected resource is destroyed.
   */
  static void check(World w, JsonNode plan) {
    Set<String> declared = declaredKeys(w);
    for (JsonNode c : plan.path("resource_changes")) {
      if (!destroys(c)) {
        continue;
      }
      String what = "law 3: safety\n" + c.toPrettyString();
      String key = c.path("natural_key").asText("").toLowerCase(Locale.ROOT);
      assertThat(c.path("prevent_destroy").asBoolean()).as(what).isFalse();
      if (replaces(c)) {
        assertThat(c.path("forced_by").size()).as(what).isPositive();
      } else {
        assertThat(declared).as(what).doesNotContain(key);
        String prune = PRUNE.get(c.path("kind").asText());
        assertThat(prune != null && w.prune().contains(prune))
            .as(what + "\n(prune is off for this kind, and the state is empty)")
            .isTrue();
      }
    }
  }

  /** Law 6: after state edits, the plan deletes or disables nothing the config declares. */
  static void checkAfterStateEdits(World w, JsonNode plan, String edits) {
    Set<String> declared = declaredKeys(w);
    for (JsonNode c : plan.path("resource_changes")) {
      if (destroys(c) && !replaces(c)) {
        String key = c.path("natural_key").asText("").toLowerCase(Locale.ROOT);
        assertThat(declared)
            .as("law 6: state edits are harmless; after " + edits + "\n" + c.toPrettyString())
            .doesNotContain(key);
      }
    }
  }
}
