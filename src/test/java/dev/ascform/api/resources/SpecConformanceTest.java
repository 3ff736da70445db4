package dev.ascform.api.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.api.AscClient;
import dev.ascform.api.jsonapi.ToManyRequest;
import dev.ascform.api.jsonapi.WriteRequest;
import dev.ascform.openapi.OpenApiSpec;
import feign.RequestLine;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds every Feign method and every request body the client builds to Apple's OpenAPI document: a
 * client change that drifts from Apple's contract fails the build.
 */
class SpecConformanceTest {
  static final List<Class<?>> APIS =
      List.of(
          AppsApi.class,
          BuildsApi.class,
          BundleIdsApi.class,
          BundleIdCapabilitiesApi.class,
          CertificatesApi.class,
          DevicesApi.class,
          ProfilesApi.class,
          UsersApi.class,
          UserInvitationsApi.class,
          BetaGroupsApi.class,
          BetaTestersApi.class,
          SalesReportsApi.class,
          FinanceReportsApi.class);

  private static OpenApiSpec spec;
  private final ObjectMapper mapper = AscClient.newMapper();

  @BeforeAll
  static void load() {
    spec = OpenApiSpec.load();
  }

  /** One parsed {@code @RequestLine}. */
  record Line(String method, String path, Map<String, String> query, String where) {
    static Line of(Method m) {
      String value = m.getAnnotation(RequestLine.class).value();
      String[] parts = value.split(" ", 2);
      String target = parts[1];
      int q = target.indexOf('?');
      Map<String, String> query = new LinkedHashMap<>();
      if (q >= 0) {
        for (String pair : target.substring(q + 1).split("&")) {
          int eq = pair.indexOf('=');
          query.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
      return new Line(
          parts[0],
          q < 0 ? target : target.substring(0, q),
          query,
          m.getDeclaringClass().getSimpleName() + "." + m.getName());
    }

    String key() {
      return method + " " + path;
    }
  }

  static List<Line> lines() {
    List<Line> out = new ArrayList<>();
    for (Class<?> api : APIS) {
      for (Method m : api.getDeclaredMethods()) {
        if (m.isAnnotationPresent(RequestLine.class)) {
          out.add(Line.of(m));
        }
      }
    }
    return out;
  }

  @Test
  void everyFeignMethodIsAnOperationInTheSpec() {
    List<String> missing = new ArrayList<>();
    for (Line line : lines()) {
      if (spec.operation(line.method(), line.path()).isEmpty()) {
        missing.add(line.where() + ": " + line.key());
      }
    }
    assertThat(missing).isEmpty();
    assertThat(lines()).hasSizeGreaterThanOrEqualTo(70);
  }

  @Test
  void everyQueryParameterIsDeclaredAndEveryLiteralValueAllowed() {
    List<String> problems = new ArrayList<>();
    for (Line line : lines()) {
      OpenApiSpec.Operation op = spec.operation(line.method(), line.path()).orElseThrow();
      for (Map.Entry<String, String> q : line.query().entrySet()) {
        if (!op.queryParameterNames().contains(q.getKey())) {
          problems.add(line.where() + ": " + q.getKey() + " is not declared for " + line.key());
          continue;
        }
        String value = q.getValue();
        if (value.startsWith("{")) {
          continue;
        }
        Set<String> allowed = op.queryParameterEnum(q.getKey());
        for (String v : value.split(",")) {
          if (!allowed.isEmpty() && !allowed.contains(v)) {
            problems.add(line.where() + ": " + q.getKey() + "=" + v + " is not one of " + allowed);
          }
        }
        JsonNode max = op.queryParameter(q.getKey()).orElseThrow().path("schema").path("maximum");
        if (max.isNumber() && Long.parseLong(value) > max.asLong()) {
          problems.add(line.where() + ": " + q.getKey() + "=" + value + " exceeds " + max);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void literalListsAreSentAsOneCommaSeparatedValue() {
    // Feign's default explodes "a,b" in a request line into a=a&a=b; Apple reads one value with
    // commas (fields[betaTesters]=email,betaGroups), so such a method must use
    // CollectionFormat.CSV.
    List<String> problems = new ArrayList<>();
    for (Class<?> api : APIS) {
      for (Method m : api.getDeclaredMethods()) {
        RequestLine rl = m.getAnnotation(RequestLine.class);
        if (rl == null) {
          continue;
        }
        boolean literalList =
            Line.of(m).query().values().stream()
                .anyMatch(v -> !v.startsWith("{") && v.contains(","));
        if (literalList && rl.collectionFormat() != feign.CollectionFormat.CSV) {
          problems.add(Line.of(m).where() + " has a literal list but explodes it");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void collectionReadsAlwaysAskForTwoHundred() {
    List<String> problems = new ArrayList<>();
    for (Line line : lines()) {
      OpenApiSpec.Operation op = spec.operation(line.method(), line.path()).orElseThrow();
      if (op.queryParameterNames().contains("limit") && !"200".equals(line.query().get("limit"))) {
        problems.add(line.where() + " does not send limit=200");
      }
    }
    assertThat(problems).isEmpty();
  }

  /** One body of each kind the client builds, keyed by the operation that receives it. */
  static Map<String, List<Object>> sampleBodies() {
    Map<String, List<Object>> b = new LinkedHashMap<>();
    List<CapabilitySetting> icloud = List.of(CapabilitySetting.of("ICLOUD_VERSION", "XCODE_6"));
    Requests.BetaGroupAttributes group =
        new Requests.BetaGroupAttributes("QA", false, false, true, true, 100, true);
    put(
        b,
        "POST /v1/bundleIds",
        Requests.bundleIdCreate("com.acme.app", "Acme", "IOS", "ABCDE12345"),
        Requests.bundleIdCreate("com.acme.app", "Acme", "UNIVERSAL", null));
    put(b, "PATCH /v1/bundleIds/{id}", Requests.bundleIdUpdate("B1", "Acme App"));
    put(
        b,
        "POST /v1/bundleIdCapabilities",
        Requests.capabilityCreate("B1", "ICLOUD", icloud),
        Requests.capabilityCreate("B1", "PUSH_NOTIFICATIONS", null));
    put(
        b,
        "PATCH /v1/bundleIdCapabilities/{id}",
        Requests.capabilityUpdate("C1", "ICLOUD", icloud));
    put(
        b,
        "POST /v1/certificates",
        Requests.certificateCreate("-----BEGIN CERTIFICATE REQUEST-----", "IOS_DISTRIBUTION"));
    put(b, "PATCH /v1/certificates/{id}", Requests.certificateUpdate("X1", false));
    put(
        b,
        "POST /v1/devices",
        Requests.deviceCreate("Alice's iPhone", "00008030-001A2B3C4D5E6F70", "IOS"));
    put(b, "PATCH /v1/devices/{id}", Requests.deviceUpdate("D1", "Alice", "DISABLED"));
    put(
        b,
        "POST /v1/profiles",
        Requests.profileCreate(
            "Acme AdHoc", "IOS_APP_ADHOC", "B1", List.of("X1"), List.of("D1", "D2")),
        Requests.profileCreate("Acme Store", "IOS_APP_STORE", "B1", List.of("X1"), null));
    put(
        b,
        "PATCH /v1/users/{id}",
        Requests.userUpdate("U1", List.of("DEVELOPER", "APP_MANAGER"), false, true, List.of("A1")));
    put(
        b,
        "POST /v1/userInvitations",
        Requests.userInvitationCreate(
            "a@acme.com", "Ann", "Lee", List.of("DEVELOPER"), false, true, List.of("A1")),
        Requests.userInvitationCreate(
            "b@acme.com", "Bo", "Li", List.of("ADMIN"), true, null, null));
    put(b, "POST /v1/betaGroups", Requests.betaGroupCreate("A1", group));
    put(b, "PATCH /v1/betaGroups/{id}", Requests.betaGroupUpdate("G1", group));
    put(
        b,
        "POST /v1/betaTesters",
        Requests.betaTesterCreate("t@acme.com", "Tess", null, List.of("G1")));
    ToManyRequest apps = Requests.linkages("apps", List.of("A1", "A2"));
    put(b, "POST /v1/users/{id}/relationships/visibleApps", apps);
    put(b, "PATCH /v1/users/{id}/relationships/visibleApps", apps);
    put(b, "DELETE /v1/users/{id}/relationships/visibleApps", apps);
    ToManyRequest testers = Requests.linkages("betaTesters", List.of("T1"));
    put(b, "POST /v1/betaGroups/{id}/relationships/betaTesters", testers);
    put(b, "DELETE /v1/betaGroups/{id}/relationships/betaTesters", testers);
    ToManyRequest builds = Requests.linkages("builds", List.of("BU1"));
    put(b, "POST /v1/betaGroups/{id}/relationships/builds", builds);
    put(b, "DELETE /v1/betaGroups/{id}/relationships/builds", builds);
    ToManyRequest groups = Requests.linkages("betaGroups", List.of("G1"));
    put(b, "POST /v1/betaTesters/{id}/relationships/betaGroups", groups);
    put(b, "DELETE /v1/betaTesters/{id}/relationships/betaGroups", groups);
    return b;
  }

  private static void put(Map<String, List<Object>> b, String key, Object... bodies) {
    b.put(key, List.of(bodies));
  }

  @Test
  void everyWriteOperationHasASampleBodyAndNoOtherTakesOne() {
    Set<String> withBody = new TreeSet<>();
    for (Class<?> api : APIS) {
      for (Method m : api.getDeclaredMethods()) {
        if (m.isAnnotationPresent(RequestLine.class)
            && Arrays.stream(m.getParameterTypes())
                .anyMatch(t -> t == WriteRequest.class || t == ToManyRequest.class)) {
          withBody.add(Line.of(m).key());
        }
      }
    }
    assertThat(withBody).isEqualTo(new TreeSet<>(sampleBodies().keySet()));
    for (Line line : lines()) {
      boolean specHasBody =
          spec.operation(line.method(), line.path()).orElseThrow().requestSchema().isPresent();
      assertThat(specHasBody).as(line.where()).isEqualTo(withBody.contains(line.key()));
    }
  }

  @Test
  void everyRequestBodyValidatesAgainstTheOperationSchema() {
    List<String> problems = new ArrayList<>();
    sampleBodies()
        .forEach(
            (key, bodies) -> {
              String[] parts = key.split(" ", 2);
              OpenApiSpec.Operation op = spec.operation(parts[0], parts[1]).orElseThrow();
              for (Object body : bodies) {
                JsonNode json = mapper.valueToTree(body);
                op.validateRequest(json).forEach(p -> problems.add(key + ": " + p + " in " + json));
                problems.addAll(undeclaredMembers(key, op, json));
              }
            });
    assertThat(problems).isEmpty();
  }

  @Test
  void conformanceCatchesAnUndeclaredAttribute() {
    OpenApiSpec.Operation op = spec.operation("POST", "/v1/bundleIds").orElseThrow();
    JsonNode json =
        mapper.valueToTree(
            WriteRequest.create("bundleIds")
                .attr("identifier", "x")
                .attr("name", "n")
                .attr("platform", "IOS")
                .attr("colour", "red")
                .build());
    assertThat(undeclaredMembers("POST /v1/bundleIds", op, json))
        .singleElement()
        .asString()
        .contains("colour");
    JsonNode badType = mapper.valueToTree(Requests.bundleIdCreate("x", "n", "IOS", null));
    ((com.fasterxml.jackson.databind.node.ObjectNode) badType.get("data")).put("type", "apps");
    assertThat(op.validateRequest(badType)).isNotEmpty();
  }

  @Test
  void typedAttributeViewsNameOnlyDeclaredAttributes() {
    Map<Class<?>, String> schemas = new LinkedHashMap<>();
    schemas.put(Attributes.App.class, "App");
    schemas.put(Attributes.Build.class, "Build");
    schemas.put(Attributes.PreReleaseVersion.class, "PrereleaseVersion");
    schemas.put(Attributes.BundleId.class, "BundleId");
    schemas.put(Attributes.Capability.class, "BundleIdCapability");
    schemas.put(Attributes.Certificate.class, "Certificate");
    schemas.put(Attributes.Device.class, "Device");
    schemas.put(Attributes.Profile.class, "Profile");
    schemas.put(Attributes.User.class, "User");
    schemas.put(Attributes.UserInvitation.class, "UserInvitation");
    schemas.put(Attributes.BetaGroup.class, "BetaGroup");
    schemas.put(Attributes.BetaTester.class, "BetaTester");
    assertThat(schemas.keySet()).containsExactlyInAnyOrder(Attributes.class.getDeclaredClasses());
    List<String> problems = new ArrayList<>();
    schemas.forEach(
        (type, schema) -> {
          JsonNode declared =
              resolve(
                      spec.document()
                          .at("/components/schemas/" + schema + "/properties/attributes"))
                  .path("properties");
          for (var component : type.getRecordComponents()) {
            if (!declared.has(component.getName())) {
              problems.add(schema + " has no attribute " + component.getName());
            }
          }
        });
    assertThat(problems).isEmpty();
  }

  /** Attributes and relationships must be declared by name (Apple's schemas allow extras). */
  private List<String> undeclaredMembers(String key, OpenApiSpec.Operation op, JsonNode body) {
    List<String> out = new ArrayList<>();
    JsonNode schema = resolve(op.requestSchema().orElseThrow());
    JsonNode data = resolve(schema.path("properties").path("data"));
    if (data.path("type").asText().equals("array")) {
      return out;
    }
    for (String member : List.of("attributes", "relationships")) {
      JsonNode declared = resolve(data.path("properties").path(member)).path("properties");
      Iterator<String> sent = body.path("data").path(member).fieldNames();
      while (sent.hasNext()) {
        String name = sent.next();
        if (!declared.has(name)) {
          out.add(key + ": " + member + "." + name + " is not declared by the request schema");
        }
      }
    }
    return out;
  }

  private static JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    while (current.has("$ref")) {
      String ref = current.get("$ref").asText();
      current = spec.document().at(ref.substring(1));
    }
    return current;
  }
}
