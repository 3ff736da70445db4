package dev.ascform.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ascform.api.jsonapi.AppleDates;
import dev.ascform.api.testing.TestKeys;
import dev.ascform.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #15: App Store Connect responses in the forms Apple's servers were captured sending
 * (src/test/resources/apple-captures: our reconstructions; real captures from outside the
 * repository with ASCFORM_CAPTURES_DIR), replayed as the API by {@link ReplayServer}, are read
 * completely. For every scenario of replay.json, {@code export --adopt} succeeds, every captured
 * resource of a kind ascform manages is in the exported config field by field as captured (or, when
 * the scenario lists it as skipped with a reason, export names it), and the next {@code plan} has
 * no changes. Where captures hold a natural-key collision, export (without --adopt) names both ids
 * and the plan fails naming both.
 */
class ReplayCorpusTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Pattern RELATED =
      Pattern.compile("GET /v1/profiles/([^/]+)/(bundleId|certificates|devices)");
  private static final Pattern CAPABILITIES =
      Pattern.compile("GET /v1/bundleIds/([^/]+)/bundleIdCapabilities");

  @TempDir Path tmp;

  record Run(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  static Stream<String> scenarios() {
    return ReplayServer.scenarios().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void capturesExportFieldByFieldAndPlanNoChanges(String scenario) throws Exception {
    roundTrip(ReplayServer.Corpus.PROJECT, scenario, tmp);
  }

  /**
   * Real captures kept outside the repository (they are other projects' files): a directory laid
   * out like src/test/resources/apple-captures, with its own replay.json, named by the system
   * property {@code ascform.captures.dir} or ASCFORM_CAPTURES_DIR. Skipped, saying so, when unset.
   */
  @TestFactory
  Stream<DynamicTest> realCapturesOutsideTheRepository() {
    String dir = System.getProperty("ascform.captures.dir", System.getenv("ASCFORM_CAPTURES_DIR"));
    if (dir == null || dir.isBlank()) {
      return Stream.of(
          DynamicTest.dynamicTest(
              "ASCFORM_CAPTURES_DIR unset",
              () ->
                  Assumptions.abort(
                      "ASCFORM_CAPTURES_DIR is not set: no real captures replayed"
                          + " (see src/test/resources/apple-captures/README.md)")));
    }
    ReplayServer.Corpus corpus = new ReplayServer.Corpus(Path.of(dir));
    return corpus.scenarios().stream()
        .map(
            sc ->
                DynamicTest.dynamicTest(
                    sc,
                    () ->
                        roundTrip(
                            corpus, sc, Files.createDirectories(tmp.resolve("external-" + sc)))));
  }

  private static void roundTrip(ReplayServer.Corpus corpus, String scenario, Path tmp)
      throws Exception {
    Path key = tmp.resolve("AuthKey.p8");
    Files.writeString(key, TestKeys.pkcs8Pem(TestKeys.newKeyPair()));
    if (key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(
          key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }
    Path out = tmp.resolve("exported");
    Path state = tmp.resolve("state.json");
    try (ReplayServer replay = ReplayServer.start(corpus, scenario)) {
      List<String> creds =
          List.of(
              "--state",
              state.toString(),
              "--api-url",
              replay.baseUrl(),
              "--key-id",
              "KEYID12345",
              "--issuer-id",
              "69a6de70-03db-47e3-e053-5b8c7c11a4d1",
              "--private-key",
              key.toString());
      JsonNode collisions = corpus.scenario(scenario).path("collisions");
      Run export =
          collisions.isEmpty()
              ? run(creds, "export", "-o", out.toString(), "--adopt")
              : run(creds, "export", "-o", out.toString());
      String context = scenario + ": " + export.all() + "\nunanswered: " + replay.unanswered();
      assertThat(export.code()).as(context).isZero();

      List<String> problems = compare(corpus, scenario, load(out), export.all());
      assertThat(problems).as(context).isEmpty();

      Run plan = run(creds, "plan", "-c", out.toString(), "--detailed-exitcode", "--no-color");
      if (collisions.isEmpty()) {
        assertThat(plan.code()).as(scenario + ": " + plan.all()).isZero();
        assertThat(plan.out()).contains("No changes");
      } else {
        // adopting by a key two live resources share is refused, naming both
        assertThat(plan.code()).as(scenario + ": " + plan.all()).isEqualTo(1);
        collisions.forEach(ids -> ids.forEach(id -> assertThat(plan.err()).contains(id.asText())));
      }
    }
  }

  /** Every captured resource against the export; the differences, one line each. */
  private static List<String> compare(
      ReplayServer.Corpus corpus, String scenario, Map<String, JsonNode> config, String output) {
    JsonNode manifest = corpus.scenario(scenario);
    Map<String, String> skipped = new LinkedHashMap<>();
    manifest
        .path("skipped")
        .fields()
        .forEachRemaining(e -> skipped.put(e.getKey(), e.getValue().asText()));
    List<String> problems = new ArrayList<>();
    Map<String, Set<String>> capabilities = new LinkedHashMap<>();
    List<JsonNode> resources = new ArrayList<>();
    manifest
        .path("routes")
        .fields()
        .forEachRemaining(
            e -> {
              List<JsonNode> served = new ArrayList<>();
              JsonNode v = e.getValue();
              if (v.isTextual()) {
                served.addAll(corpus.served(v.asText()));
              } else if (v.isArray()) {
                v.forEach(f -> served.addAll(corpus.served(f.asText())));
              }
              Matcher m = CAPABILITIES.matcher(e.getKey());
              if (m.matches()) {
                served.forEach(
                    c ->
                        capabilities
                            .computeIfAbsent(m.group(1), k -> new HashSet<>())
                            .add(c.path("attributes").path("capabilityType").asText()));
              } else {
                resources.addAll(served);
              }
            });
    Map<String, JsonNode> byId = new LinkedHashMap<>();
    resources.forEach(r -> byId.put(r.path("type").asText() + "/" + r.path("id").asText(), r));
    Map<String, List<String>> related = new LinkedHashMap<>();
    manifest
        .path("routes")
        .fields()
        .forEachRemaining(
            e -> {
              Matcher m = RELATED.matcher(e.getKey());
              if (m.matches() && e.getValue().isTextual()) {
                List<String> ids = new ArrayList<>();
                ReplayServer.resources(corpus.read(e.getValue().asText()))
                    .forEach(x -> ids.add(x.path("type").asText() + "/" + x.path("id").asText()));
                related.put(m.group(1) + "/" + m.group(2), ids);
              }
            });
    for (JsonNode r : resources) {
      String type = r.path("type").asText();
      String id = r.path("id").asText();
      JsonNode a = r.path("attributes");
      String why = skipped.getOrDefault(type + " " + id, skipped.get(type + " *"));
      if (why == null
          && type.equals("profiles")
          && AppleDates.tryParse(a.path("expirationDate").asText(null))
              .filter(t -> !t.isAfter(Instant.now()))
              .isPresent()) {
        // decided against today, not listed: a captured profile expires as the calendar moves on
        why =
            "expired: a declared profile that expired is replaced, so export names it and"
                + " leaves it out";
      }
      if (why != null) {
        // apps and testers are config entries only through a user, beta group or group membership
        if (!type.equals("apps")
            && !type.equals("betaTesters")
            && !output.contains(id)
            && !output.contains(a.path("name").asText("\u0000"))) {
          problems.add(type + " " + id + " (" + why + ") is neither exported nor named by export");
        }
        continue;
      }
      switch (type) {
        case "certificates" ->
            entry(problems, config, "certificates", "serial", a.path("serialNumber"), type, id)
                .ifPresent(
                    e -> {
                      same(problems, type, id, "name", a.path("name"), e.path("name"));
                      same(problems, type, id, "type", a.path("certificateType"), e.path("type"));
                    });
        case "devices" ->
            entry(problems, config, "devices", "udid", a.path("udid"), type, id)
                .ifPresent(
                    e -> {
                      same(problems, type, id, "name", a.path("name"), e.path("name"));
                      same(problems, type, id, "platform", a.path("platform"), e.path("platform"));
                      same(
                          problems,
                          type,
                          id,
                          "device_class",
                          a.path("deviceClass"),
                          e.path("device_class"));
                      String status = e.path("status").asText("ENABLED");
                      if (!a.path("status").asText().equals(status)) {
                        problems.add(
                            type
                                + " "
                                + id
                                + " status: captured "
                                + a.path("status")
                                + ", exported "
                                + status);
                      }
                    });
        case "bundleIds" ->
            entry(problems, config, "bundle_ids", "identifier", a.path("identifier"), type, id)
                .ifPresent(
                    e -> {
                      same(problems, type, id, "name", a.path("name"), e.path("name"));
                      same(problems, type, id, "platform", a.path("platform"), e.path("platform"));
                      same(problems, type, id, "seed_id", a.path("seedId"), e.path("seed_id"));
                      for (String cap : capabilities.getOrDefault(id, Set.of())) {
                        if (!e.path("capabilities").toString().contains(cap)) {
                          problems.add(
                              type
                                  + " "
                                  + id
                                  + " capability "
                                  + cap
                                  + " is not exported: "
                                  + e.path("capabilities"));
                        }
                      }
                    });
        case "profiles" ->
            entry(problems, config, "profiles", "name", a.path("name"), type, id)
                .ifPresent(
                    e -> {
                      same(problems, type, id, "type", a.path("profileType"), e.path("type"));
                      linked(
                          problems,
                          config,
                          byId,
                          related,
                          r,
                          "bundleId",
                          "bundle_id",
                          "bundle_ids",
                          "identifier",
                          "identifier");
                      linked(
                          problems,
                          config,
                          byId,
                          related,
                          r,
                          "certificates",
                          "certificates",
                          "certificates",
                          "serial",
                          "serialNumber");
                      linked(
                          problems, config, byId, related, r, "devices", "devices", "devices",
                          "udid", "udid");
                    });
        case "users" ->
            entry(problems, config, "users", "email", a.path("email"), type, id)
                .ifPresent(
                    e -> {
                      same(
                          problems,
                          type,
                          id,
                          "first_name",
                          a.path("firstName"),
                          e.path("first_name"));
                      same(
                          problems, type, id, "last_name", a.path("lastName"), e.path("last_name"));
                      same(
                          problems,
                          type,
                          id,
                          "all_apps_visible",
                          a.path("allAppsVisible"),
                          e.path("all_apps_visible"));
                      same(
                          problems,
                          type,
                          id,
                          "provisioning_allowed",
                          a.path("provisioningAllowed"),
                          e.path("provisioning_allowed"));
                      Set<String> captured = new HashSet<>();
                      a.path("roles").forEach(x -> captured.add(x.asText()));
                      Set<String> exported = new HashSet<>();
                      e.path("roles").forEach(x -> exported.add(x.asText()));
                      if (!captured.equals(exported)) {
                        problems.add(
                            type
                                + " "
                                + id
                                + " roles: captured "
                                + captured
                                + ", exported "
                                + exported);
                      }
                    });
        case "betaGroups" ->
            entry(problems, config, "beta_groups", "name", a.path("name"), type, id)
                .ifPresent(
                    e -> {
                      same(
                          problems,
                          type,
                          id,
                          "internal",
                          a.path("isInternalGroup"),
                          e.path("internal"));
                      same(
                          problems,
                          type,
                          id,
                          "public_link_enabled",
                          a.path("publicLinkEnabled"),
                          e.path("public_link_enabled"));
                    });
        case "apps" -> entry(problems, config, "apps", "bundle_id", a.path("bundleId"), type, id);
        default -> {} // builds, pre-release versions: not config entries
      }
    }
    JsonNode collisions = manifest.path("collisions");
    collisions
        .fields()
        .forEachRemaining(
            c ->
                c.getValue()
                    .forEach(
                        cid -> {
                          if (!output.contains(cid.asText())) {
                            problems.add(
                                "collision "
                                    + c.getKey()
                                    + ": export does not name "
                                    + cid.asText());
                          }
                        }));
    return problems;
  }

  /**
   * The profile's exported references (local names) name exactly the resources its linkage (or its
   * relationship endpoint) names, compared by natural key.
   */
  private static void linked(
      List<String> problems,
      Map<String, JsonNode> config,
      Map<String, JsonNode> byId,
      Map<String, List<String>> related,
      JsonNode profile,
      String rel,
      String field,
      String section,
      String key,
      String attribute) {
    JsonNode data = profile.path("relationships").path(rel).path("data");
    Set<String> captured = new HashSet<>();
    List<String> ids = new ArrayList<>();
    if (data.isArray()) {
      data.forEach(d -> ids.add(d.path("type").asText() + "/" + d.path("id").asText()));
    } else if (data.isObject()) {
      ids.add(data.path("type").asText() + "/" + data.path("id").asText());
    } else {
      ids.addAll(related.getOrDefault(profile.path("id").asText() + "/" + rel, List.of()));
    }
    ids.forEach(
        i ->
            captured.add(
                byId.containsKey(i)
                    ? byId.get(i).path("attributes").path(attribute).asText().toLowerCase()
                    : "missing " + i));
    Set<String> exported = new HashSet<>();
    JsonNode refs = config.getOrDefault("profiles", YAML.createObjectNode()).path("__none__");
    for (JsonNode p : config.getOrDefault("profiles", YAML.createObjectNode())) {
      if (p.path("name").asText().equals(profile.path("attributes").path("name").asText())) {
        refs = p.path(field);
      }
    }
    List<String> names = new ArrayList<>();
    if (refs.isArray()) {
      refs.forEach(n -> names.add(n.asText()));
    } else if (refs.isTextual()) {
      names.add(refs.asText());
    }
    names.forEach(
        n ->
            exported.add(
                config
                    .getOrDefault(section, YAML.createObjectNode())
                    .path(n)
                    .path(key)
                    .asText()
                    .toLowerCase()));
    if (!captured.equals(exported)) {
      problems.add(
          "profiles "
              + profile.path("id").asText()
              + " "
              + field
              + ": captured "
              + captured
              + ", exported "
              + exported
              + " ("
              + refs
              + ")");
    }
  }

  private static Optional<JsonNode> entry(
      List<String> problems,
      Map<String, JsonNode> config,
      String section,
      String field,
      JsonNode value,
      String type,
      String id) {
    List<JsonNode> found = new ArrayList<>();
    config
        .getOrDefault(section, YAML.createObjectNode())
        .forEach(
            e -> {
              if (e.path(field).asText().equalsIgnoreCase(value.asText())) {
                found.add(e);
              }
            });
    if (found.size() != 1) {
      problems.add(
          type
              + " "
              + id
              + ": "
              + found.size()
              + " exported "
              + section
              + " entries with "
              + field
              + " "
              + value);
      return Optional.empty();
    }
    return Optional.of(found.get(0));
  }

  private static void same(
      List<String> problems,
      String type,
      String id,
      String field,
      JsonNode captured,
      JsonNode exported) {
    String c = captured.isMissingNode() || captured.isNull() ? null : captured.asText();
    String x = exported.isMissingNode() || exported.isNull() ? null : exported.asText();
    if (!Objects.equals(c, x)) {
      problems.add(type + " " + id + " " + field + ": captured " + c + ", exported " + x);
    }
  }

  /** Every section of the exported YAML files, merged. */
  private static Map<String, JsonNode> load(Path dir) throws Exception {
    Map<String, JsonNode> sections = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode root = YAML.readTree(f.toFile());
        if (root != null) {
          root.fields().forEachRemaining(e -> sections.put(e.getKey(), e.getValue()));
        }
      }
    }
    return sections;
  }

  private static Run run(List<String> creds, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(creds);
    var cli = Main.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }
}
