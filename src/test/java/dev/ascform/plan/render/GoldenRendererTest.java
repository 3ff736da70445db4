package dev.ascform.plan.render;

import static dev.ascform.plan.FakeKinds.map;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ascform.plan.Address;
import dev.ascform.plan.FakeKinds.AppIds;
import dev.ascform.plan.FakeKinds.Certs;
import dev.ascform.plan.FakeKinds.Features;
import dev.ascform.plan.FakeKinds.Gadgets;
import dev.ascform.plan.FakeKinds.Live;
import dev.ascform.plan.FakeKinds.Res;
import dev.ascform.plan.Plan;
import dev.ascform.plan.PlanOrigin;
import dev.ascform.plan.PlanStats;
import dev.ascform.plan.PlanWarning;
import dev.ascform.plan.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for every renderer: {@code src/test/resources/plan/<scenario>/plan.{txt,json,md}}.
 * Refresh with {@code mvn test -Dtest=GoldenRendererTest -Dgolden.update=true} and review the diff.
 */
class GoldenRendererTest {
  private static final Path ROOT = Path.of("src/test/resources/plan");

  static Plan mixed() {
    Map<String, Object> gadget = map("name", "Old iPad", "platform", "IOS", "status", "ENABLED");
    return new Scenario()
        .kind(new AppIds())
        .kind(new Features())
        .kind(new Certs())
        .kind(new Gadgets())
        // create, with a dependent create
        .desired("app_id.widget", Res.of("com.acme.widget", "name", "Widget", "platform", "IOS"))
        .desired(
            "feature.widget.push",
            Res.of("com.acme.widget/PUSH", "type", "PUSH_NOTIFICATIONS")
                .dependingOn(Address.parse("app_id.widget")))
        // update
        .desired("app_id.main", Res.of("com.acme", "name", "Acme App", "platform", "IOS"))
        .state("app_id.main", "A1", "com.acme", map("name", "Acme", "platform", "IOS"))
        .live("app_id", Live.of("A1", "com.acme", "name", "Acme", "platform", "IOS"))
        // replace, delete first (immutable field)
        .desired("app_id.mac", Res.of("com.acme.mac", "name", "Mac", "platform", "MAC_OS"))
        .state("app_id.mac", "A2", "com.acme.mac", map("name", "Mac", "platform", "IOS"))
        .live("app_id", Live.of("A2", "com.acme.mac", "name", "Mac", "platform", "IOS"))
        // replace, create first (not updatable)
        .desired("cert.dist", Res.of("DIST", "type", "DISTRIBUTION", "cn", "Acme 2027"))
        .state("cert.dist", "C1", "DIST", map("type", "DISTRIBUTION", "cn", "Acme 2026"))
        .live("cert", Live.of("C1", "DIST", "type", "DISTRIBUTION", "cn", "Acme 2026"))
        // delete (not in config)
        .state("feature.main.icloud", "F1", "com.acme/ICLOUD", map("type", "ICLOUD"))
        .live("feature", Live.of("F1", "com.acme/ICLOUD", "type", "ICLOUD"))
        // disable instead of delete
        .state("gadget.old_ipad", "D1", "UDID-OLD", gadget)
        .live("gadget", new Live("D1", "UDID-OLD", gadget))
        // adopt, and adopt with an update
        .desired(
            "gadget.alice",
            Res.of("UDID-A", "name", "Alice", "platform", "IOS", "status", "ENABLED"))
        .live(
            "gadget",
            Live.of("D2", "UDID-A", "name", "Alice", "platform", "IOS", "status", "ENABLED"))
        .desired(
            "gadget.bob",
            Res.of("UDID-B", "name", "Bob's iPad", "platform", "IOS", "status", "ENABLED"))
        .live(
            "gadget",
            Live.of("D3", "UDID-B", "name", "iPad", "platform", "IOS", "status", "ENABLED"))
        // drift: changed outside, restored
        .desired(
            "gadget.carol",
            Res.of("UDID-C", "name", "Carol", "platform", "IOS", "status", "ENABLED"))
        .state(
            "gadget.carol",
            "D4",
            "UDID-C",
            map("name", "Carol", "platform", "IOS", "status", "ENABLED"))
        .live(
            "gadget",
            Live.of("D4", "UDID-C", "name", "Carol", "platform", "IOS", "status", "DISABLED"))
        // unmanaged
        .live(
            "gadget", Live.of("D8", "UDID-X", "name", "x", "platform", "IOS", "status", "ENABLED"))
        .live(
            "gadget", Live.of("D9", "UDID-Y", "name", "y", "platform", "IOS", "status", "ENABLED"))
        .live("app_id", Live.of("A9", "com.other", "name", "Other", "platform", "IOS"))
        .plan()
        .withStats(new PlanStats(Map.of("GET", 14), Map.of("live_read", 812L)))
        .withOrigin(new PlanOrigin("sandbox (no change reaches Apple)", "acme"))
        .withWarnings(
            List.of(
                new PlanWarning(
                    "cert_expiring",
                    Address.parse("cert.dist"),
                    "cert DIST expires on 2026-12-20 (in 15 days); this plan" + " renews it",
                    map(
                        "natural_key",
                        "DIST",
                        "apple_id",
                        "C1",
                        "expires",
                        "2026-12-20T00:00:00Z",
                        "days_left",
                        15,
                        "renewed_by_plan",
                        true))));
  }

  static Plan empty() {
    Map<String, Object> attrs = map("name", "Acme", "platform", "IOS");
    return new Scenario()
        .kind(new AppIds())
        .desired("app_id.main", Res.of("com.acme", "name", "Acme", "platform", "IOS"))
        .state("app_id.main", "A1", "com.acme", attrs)
        .live("app_id", new Live("A1", "com.acme", attrs))
        .plan();
  }

  /** Drift of every sort, a prune, a forget, and a protected resource. */
  static Plan drift() {
    return new Scenario()
        .kind(new AppIds())
        .kind(new Gadgets())
        // deleted outside ascform: created again
        .desired("app_id.main", Res.of("com.acme", "name", "Acme", "platform", "IOS"), true)
        .state("app_id.main", "A1", "com.acme", map("name", "Acme", "platform", "IOS"), true)
        // recreated outside ascform under the same key
        .desired("app_id.tools", Res.of("com.acme.tools", "name", "Tools"))
        .state("app_id.tools", "A2", "com.acme.tools", map("name", "Tools"))
        .live("app_id", Live.of("A7", "com.acme.tools", "name", "Tools"))
        // gone and no longer configured: forgotten
        .state("app_id.legacy", "A3", "com.acme.legacy", map("name", "Legacy"))
        // pruned: unmanaged gadgets are disabled
        .live("gadget", Live.of("D1", "UDID-STRAY", "name", "Stray", "status", "ENABLED"))
        .live("gadget", Live.of("D2", "UDID-OFF", "name", "Off", "status", "DISABLED"))
        .prune("gadget")
        .plan();
  }

  static Stream<Arguments> scenarios() {
    return Stream.of(
        Arguments.of("mixed", (Supplier<Plan>) GoldenRendererTest::mixed),
        Arguments.of("empty", (Supplier<Plan>) GoldenRendererTest::empty),
        Arguments.of("drift", (Supplier<Plan>) GoldenRendererTest::drift));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void humanTextMatchesGolden(String scenario, Supplier<Plan> plan) throws IOException {
    StringBuilder out = new StringBuilder();
    new HumanRenderer(out, false).render(plan.get());
    golden(scenario, "plan.txt", out.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void jsonMatchesGolden(String scenario, Supplier<Plan> plan) throws IOException {
    StringBuilder out = new StringBuilder();
    new JsonRenderer(out).render(plan.get());
    golden(scenario, "plan.json", out.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void markdownMatchesGolden(String scenario, Supplier<Plan> plan) throws IOException {
    StringBuilder out = new StringBuilder();
    new MarkdownRenderer(out).render(plan.get());
    golden(scenario, "plan.md", out.toString());
  }

  private static void golden(String scenario, String file, String actual) throws IOException {
    Path path = ROOT.resolve(scenario).resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(path.getParent());
      Files.writeString(path, actual, StandardCharsets.UTF_8);
    }
    assertThat(path).as("golden file %s (create it with -Dgolden.update=true)", path).exists();
    assertThat(actual).isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
  }
}
