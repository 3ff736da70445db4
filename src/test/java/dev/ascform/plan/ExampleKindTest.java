package dev.ascform.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A typed kind written the way the real ones are (one class, records for desired and live), to show
 * the SPI end to end: bundle-ID-like resources with capability-like nested settings.
 */
class ExampleKindTest {
  record Spec(String identifier, String name, String platform, Map<String, String> settings) {}

  record Remote(
      String id,
      String identifier,
      String name,
      String platform,
      String seedId,
      Map<String, String> settings) {}

  static final class ExampleBundleIds implements KindRules<Spec, Remote>, Updatable, Deletable {
    @Override
    public String name() {
      return "bundle_id";
    }

    @Override
    public int rank() {
      return 10;
    }

    @Override
    public String noun() {
      return "bundle ID";
    }

    @Override
    public String naturalKey(Spec d) {
      return d.identifier();
    }

    @Override
    public String liveNaturalKey(Remote l) {
      return l.identifier();
    }

    @Override
    public String appleId(Remote l) {
      return l.id();
    }

    @Override
    public Set<String> immutableFields() {
      return Set.of("identifier", "platform");
    }

    @Override
    public Map<String, Object> desiredAttributes(Spec d) {
      return attrs(d.identifier(), d.name(), d.platform(), d.settings());
    }

    @Override
    public Map<String, Object> liveAttributes(Remote l) {
      return attrs(l.identifier(), l.name(), l.platform(), l.settings());
    }

    private static Map<String, Object> attrs(
        String identifier, String name, String platform, Map<String, String> settings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("identifier", identifier);
      m.put("name", name);
      m.put("platform", platform);
      m.put("settings", settings);
      return m;
    }
  }

  static Plan plan(Spec desired, Remote live, Managed state) {
    KindSnapshot<Spec, Remote> snap =
        new KindSnapshot<>(
            new ExampleBundleIds(),
            Map.of(Address.parse("bundle_id.main"), Desired.of(desired)),
            List.of(live));
    return new Planner().plan(List.of(snap), List.of(state), PlanSettings.DEFAULT);
  }

  static Managed applied(Spec s) {
    Map<String, Object> attrs = new ExampleBundleIds().desiredAttributes(s);
    return new Managed(
        Address.parse("bundle_id.main"), "B1", s.identifier(), Digests.of(attrs), attrs, false);
  }

  @Test
  void nestedSettingChangeIsAnInPlaceUpdateWithItsPath() {
    Spec before = new Spec("com.acme", "Acme", "IOS", Map.of("ICLOUD_VERSION", "XCODE_5"));
    Spec after = new Spec("com.acme", "Acme", "IOS", Map.of("ICLOUD_VERSION", "XCODE_6"));
    Remote live =
        new Remote("B1", "com.acme", "Acme", "IOS", "TEAM1", Map.of("ICLOUD_VERSION", "XCODE_5"));
    Change c = plan(after, live, applied(before)).changes().get(0);
    assertThat(c.action()).isEqualTo(Action.UPDATE);
    assertThat(c.fieldDiffs())
        .containsExactly(new FieldDiff("settings.ICLOUD_VERSION", "XCODE_5", "XCODE_6"));
    assertThat(c.drift()).isFalse();
  }

  @Test
  void platformChangeReplacesDeletingFirst() {
    Spec before = new Spec("com.acme", "Acme", "IOS", Map.of());
    Spec after = new Spec("com.acme", "Acme", "UNIVERSAL", Map.of());
    Remote live = new Remote("B1", "com.acme", "Acme", "IOS", "TEAM1", Map.of());
    Change c = plan(after, live, applied(before)).changes().get(0);
    assertThat(c.action()).isEqualTo(Action.DELETE_THEN_CREATE);
    assertThat(c.forcedBy()).containsExactly("platform");
  }
}
