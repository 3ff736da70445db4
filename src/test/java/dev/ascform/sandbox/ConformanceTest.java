package dev.ascform.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.openapi.OpenApiSpec;
import dev.ascform.sandbox.http.Operation;
import dev.ascform.sandbox.http.OperationCatalog;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A scripted tour of every served operation against the seeded sandbox: each request body is
 * validated against the operation's request schema, each JSON response against the schema its
 * status documents, and each error against {@code ErrorResponse}.
 */
class ConformanceTest extends SeededSandboxTest {
  private final OpenApiSpec spec = OpenApiSpec.load();
  private final List<String> problems = new ArrayList<>();
  private final Set<String> toured = new TreeSet<>();

  private JsonNode call(String method, String pathAndQuery, String body, int expected) {
    String path = pathAndQuery.split("\\?")[0];
    OpenApiSpec.Operation op = spec.operationForPath(method, path).orElse(null);
    if (body != null && op != null && op.requestSchema().isPresent()) {
      op.validateRequest(parse(body))
          .forEach(p -> problems.add("request " + method + " " + path + ": " + p));
    }
    HttpResponse<String> r = api.send(method, pathAndQuery, body);
    assertThat(r.statusCode())
        .as(method + " " + pathAndQuery + " -> " + r.body())
        .isEqualTo(expected);
    if (op != null) {
      toured.add(op.method() + " " + op.path());
    }
    if (r.body().isEmpty()
        || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      return null;
    }
    JsonNode json = TestApi.json(r);
    JsonNode validated = r.statusCode() >= 400 ? json : appleProvisioningDatesAsRfc3339(json);
    List<String> found =
        r.statusCode() >= 400 || op == null
            ? spec.validate("ErrorResponse", json)
            : op.validateResponse(r.statusCode(), validated);
    found.forEach(p -> problems.add(method + " " + pathAndQuery + " " + r.statusCode() + ": " + p));
    return json;
  }

  /** Attributes on which Apple sends {@code 2020-02-01T20:50:34.000+0000} (docs/SANDBOX.md). */
  private static final Set<String> PROVISIONING_DATES =
      Set.of(
          "certificates.expirationDate",
          "profiles.createdDate",
          "profiles.expirationDate",
          "devices.addedDate");

  private static final Pattern PROVISIONING_FORM =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
  private int provisioningDatesSeen;

  /**
   * Apple's document says {@code format: date-time} (RFC 3339) for every date, and Apple's
   * provisioning resources send an offset without a colon, which RFC 3339 does not allow. A copy of
   * the response is validated in which exactly that form, on exactly those attributes, is written
   * with the colon; every other date keeps its form and its format check.
   */
  private JsonNode appleProvisioningDatesAsRfc3339(JsonNode json) {
    JsonNode copy = json.deepCopy();
    for (String part : List.of("data", "included")) {
      JsonNode n = copy.path(part);
      List<JsonNode> resources = new ArrayList<>();
      if (n.isArray()) {
        n.forEach(resources::add);
      } else if (n.isObject()) {
        resources.add(n);
      }
      for (JsonNode res : resources) {
        if (!(res.path("attributes") instanceof com.fasterxml.jackson.databind.node.ObjectNode a)) {
          continue;
        }
        for (String key : PROVISIONING_DATES) {
          String[] typeAttr = key.split("\\.");
          String v = a.path(typeAttr[1]).asText(null);
          if (res.path("type").asText().equals(typeAttr[0])
              && v != null
              && PROVISIONING_FORM.matcher(v).matches()) {
            a.put(typeAttr[1], v.substring(0, v.length() - 2) + ":00");
            provisioningDatesSeen++;
          }
        }
      }
    }
    return copy;
  }

  private static JsonNode parse(String body) {
    try {
      return TestApi.JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private String id(JsonNode doc) {
    return doc.path("data").path("id").asText();
  }

  private String firstId(JsonNode doc) {
    return doc.path("data").path(0).path("id").asText();
  }

  @Test
  void everyServedOperationAnswersAsTheDocumentSays() {
    String app =
        firstId(
            call(
                "GET",
                "/v1/apps?filter[bundleId]=com.acme.app&sort=name&fields[apps]=name,bundleId,sku,builds&limit=5",
                null,
                200));
    call("GET", "/v1/apps/" + app + "?include=builds,betaGroups&limit[builds]=2", null, 200);
    call("GET", "/v1/apps/" + app + "/builds?limit=2", null, 200);
    call("GET", "/v1/apps/" + app + "/betaGroups", null, 200);
    String build =
        firstId(
            call(
                "GET",
                "/v1/builds?filter[app]=" + app + "&sort=-uploadedDate&include=app,betaGroups",
                null,
                200));
    call("GET", "/v1/builds/" + build + "?include=app,individualTesters", null, 200);
    call(
        "GET",
        "/v1/builds?filter[app]="
            + app
            + ","
            + app
            + "&include=preReleaseVersion,app&fields[builds]=version,uploadedDate,expired,processingState,preReleaseVersion,app&fields[preReleaseVersions]=version,platform&fields[apps]=bundleId&limit=200",
        null,
        200);

    call("GET", "/v1/bundleIds?include=profiles,bundleIdCapabilities,app&limit=1", null, 200);
    String bundle =
        id(
            call(
                "POST",
                "/v1/bundleIds",
                "{\"data\":{\"type\":\"bundleIds\",\"attributes\":{\"identifier\":\"com.acme.tour\",\"name\":\"Tour\",\"platform\":\"IOS\"}}}",
                201));
    call("GET", "/v1/bundleIds/" + bundle + "?include=bundleIdCapabilities", null, 200);
    call(
        "PATCH",
        "/v1/bundleIds/" + bundle,
        "{\"data\":{\"type\":\"bundleIds\",\"id\":\""
            + bundle
            + "\",\"attributes\":{\"name\":\"Tour 2\"}}}",
        200);
    String cap =
        id(
            call(
                "POST",
                "/v1/bundleIdCapabilities",
                "{\"data\":{\"type\":\"bundleIdCapabilities\",\"attributes\":{\"capabilityType\":\"ICLOUD\",\"settings\":[{\"key\":\"ICLOUD_VERSION\",\"options\":[{\"key\":\"XCODE_6\"}]}]},\"relationships\":{\"bundleId\":{\"data\":{\"type\":\"bundleIds\",\"id\":\""
                    + bundle
                    + "\"}}}}}",
                201));
    call(
        "PATCH",
        "/v1/bundleIdCapabilities/" + cap,
        "{\"data\":{\"type\":\"bundleIdCapabilities\",\"id\":\""
            + cap
            + "\",\"attributes\":{\"settings\":[{\"key\":\"ICLOUD_VERSION\",\"options\":[{\"key\":\"XCODE_5\"}]}]}}}",
        200);
    call("GET", "/v1/bundleIds/" + bundle + "/bundleIdCapabilities", null, 200);
    call("GET", "/v1/bundleIds/" + bundle + "/relationships/bundleIdCapabilities", null, 200);
    call("DELETE", "/v1/bundleIdCapabilities/" + cap, null, 204);

    call(
        "GET", "/v1/certificates?filter[certificateType]=DISTRIBUTION&sort=displayName", null, 200);
    String cert = id(call("POST", "/v1/certificates", Csrs.certificateBody("DISTRIBUTION"), 201));
    call("GET", "/v1/certificates/" + cert, null, 200);
    call(
        "PATCH",
        "/v1/certificates/" + cert,
        "{\"data\":{\"type\":\"certificates\",\"id\":\""
            + cert
            + "\",\"attributes\":{\"activated\":true}}}",
        200);

    call("GET", "/v1/devices?filter[status]=ENABLED&sort=name", null, 200);
    String device =
        id(
            call(
                "POST",
                "/v1/devices",
                TestApi.deviceBody("Tour iPhone", TestApi.udid(42), "IOS"),
                201));
    call("GET", "/v1/devices/" + device, null, 200);
    call(
        "PATCH",
        "/v1/devices/" + device,
        "{\"data\":{\"type\":\"devices\",\"id\":\""
            + device
            + "\",\"attributes\":{\"name\":\"Tour iPhone 2\"}}}",
        200);

    call(
        "GET",
        "/v1/profiles?include=bundleId,devices,certificates&filter[profileState]=ACTIVE",
        null,
        200);
    String profile =
        id(
            call(
                "POST",
                "/v1/profiles",
                "{\"data\":{\"type\":\"profiles\",\"attributes\":{\"name\":\"Tour"
                    + " AdHoc\",\"profileType\":\"IOS_APP_ADHOC\"},\"relationships\":{\"bundleId\":{\"data\":{\"type\":\"bundleIds\",\"id\":\""
                    + bundle
                    + "\"}},\"certificates\":{\"data\":[{\"type\":\"certificates\",\"id\":\""
                    + cert
                    + "\"}]},\"devices\":{\"data\":[{\"type\":\"devices\",\"id\":\""
                    + device
                    + "\"}]}}}}",
                201));
    call("GET", "/v1/profiles/" + profile + "?include=bundleId,devices,certificates", null, 200);
    call("GET", "/v1/profiles/" + profile + "/bundleId", null, 200);
    call("GET", "/v1/profiles/" + profile + "/devices", null, 200);
    call("GET", "/v1/profiles/" + profile + "/relationships/devices", null, 200);
    call("GET", "/v1/profiles/" + profile + "/certificates", null, 200);
    call("GET", "/v1/profiles/" + profile + "/relationships/certificates", null, 200);
    call("GET", "/v1/bundleIds/" + bundle + "/profiles", null, 200);
    call("GET", "/v1/bundleIds/" + bundle + "/relationships/profiles", null, 200);
    call("DELETE", "/v1/certificates/" + cert, null, 204);
    call("DELETE", "/v1/profiles/" + profile, null, 204);
    call("DELETE", "/v1/bundleIds/" + bundle, null, 204);

    call("GET", "/v1/users?include=visibleApps&sort=username", null, 200);
    String user =
        firstId(call("GET", "/v1/users?filter[username]=dev@acme.example.com", null, 200));
    call("GET", "/v1/users/" + user + "?include=visibleApps", null, 200);
    call(
        "PATCH",
        "/v1/users/" + user,
        "{\"data\":{\"type\":\"users\",\"id\":\""
            + user
            + "\",\"attributes\":{\"roles\":[\"DEVELOPER\",\"APP_MANAGER\"]}}}",
        200);
    call("GET", "/v1/users/" + user + "/visibleApps", null, 200);
    call("GET", "/v1/users/" + user + "/relationships/visibleApps", null, 200);
    call("POST", "/v1/users/" + user + "/relationships/visibleApps", linkage("apps", app), 204);
    call("PATCH", "/v1/users/" + user + "/relationships/visibleApps", linkage("apps", app), 204);
    call("DELETE", "/v1/users/" + user + "/relationships/visibleApps", linkage("apps", app), 204);

    call("GET", "/v1/userInvitations?include=visibleApps", null, 200);
    String invitation =
        id(
            call(
                "POST",
                "/v1/userInvitations",
                "{\"data\":{\"type\":\"userInvitations\",\"attributes\":{\"email\":\"tour@acme.example.com\",\"firstName\":\"T\",\"lastName\":\"Our\",\"roles\":[\"DEVELOPER\"],\"allAppsVisible\":false},\"relationships\":{\"visibleApps\":{\"data\":[{\"type\":\"apps\",\"id\":\""
                    + app
                    + "\"}]}}}}",
                201));
    call("GET", "/v1/userInvitations/" + invitation, null, 200);
    call("GET", "/v1/userInvitations/" + invitation + "/visibleApps", null, 200);
    call("DELETE", "/v1/userInvitations/" + invitation, null, 204);

    call(
        "GET",
        "/v1/betaGroups?include=app,builds,betaTesters&filter[isInternalGroup]=false",
        null,
        200);
    String group =
        id(
            call(
                "POST",
                "/v1/betaGroups",
                "{\"data\":{\"type\":\"betaGroups\",\"attributes\":{\"name\":\"Tour\",\"publicLinkEnabled\":true},\"relationships\":{\"app\":{\"data\":{\"type\":\"apps\",\"id\":\""
                    + app
                    + "\"}}}}}",
                201));
    call("GET", "/v1/betaGroups/" + group + "?include=app", null, 200);
    call(
        "PATCH",
        "/v1/betaGroups/" + group,
        "{\"data\":{\"type\":\"betaGroups\",\"id\":\""
            + group
            + "\",\"attributes\":{\"feedbackEnabled\":false}}}",
        200);
    String tester =
        id(
            call(
                "POST",
                "/v1/betaTesters",
                "{\"data\":{\"type\":\"betaTesters\",\"attributes\":{\"email\":\"tour@outside.example.com\",\"firstName\":\"Tou\"},\"relationships\":{\"betaGroups\":{\"data\":[{\"type\":\"betaGroups\",\"id\":\""
                    + group
                    + "\"}]}}}}",
                201));
    call("GET", "/v1/betaTesters?include=betaGroups,apps,builds&filter[email]=tour", null, 200);
    call("GET", "/v1/betaTesters/" + tester + "?include=betaGroups", null, 200);
    call("GET", "/v1/betaTesters/" + tester + "/betaGroups", null, 200);
    call("GET", "/v1/betaTesters/" + tester + "/relationships/betaGroups", null, 200);
    call(
        "DELETE",
        "/v1/betaTesters/" + tester + "/relationships/betaGroups",
        linkage("betaGroups", group),
        204);
    call(
        "POST",
        "/v1/betaTesters/" + tester + "/relationships/betaGroups",
        linkage("betaGroups", group),
        204);
    call("GET", "/v1/betaGroups/" + group + "/betaTesters", null, 200);
    call("GET", "/v1/betaGroups/" + group + "/relationships/betaTesters", null, 200);
    call(
        "DELETE",
        "/v1/betaGroups/" + group + "/relationships/betaTesters",
        linkage("betaTesters", tester),
        204);
    call(
        "POST",
        "/v1/betaGroups/" + group + "/relationships/betaTesters",
        linkage("betaTesters", tester),
        204);
    call(
        "POST", "/v1/betaGroups/" + group + "/relationships/builds", linkage("builds", build), 204);
    call("GET", "/v1/betaGroups/" + group + "/builds", null, 200);
    call("GET", "/v1/betaGroups/" + group + "/relationships/builds", null, 200);
    call(
        "DELETE",
        "/v1/betaGroups/" + group + "/relationships/builds",
        linkage("builds", build),
        204);
    call("DELETE", "/v1/betaTesters/" + tester, null, 204);
    call("DELETE", "/v1/betaGroups/" + group, null, 204);

    call(
        "GET",
        "/v1/salesReports?filter[vendorNumber]=85000001&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=MONTHLY&filter[reportDate]=2025-10",
        null,
        200);
    call(
        "GET",
        "/v1/financeReports?filter[vendorNumber]=85000001&filter[reportType]=FINANCIAL&filter[regionCode]=ZZ&filter[reportDate]=2025-10",
        null,
        200);

    call("DELETE", "/v1/users/" + user, null, 204);

    // errors, each validated against ErrorResponse
    call("GET", "/v1/devices?limit=500", null, 400);
    call("GET", "/v1/devices?filter[nope]=1", null, 400);
    call("GET", "/v1/devices/NOSUCHID00", null, 404);
    call("DELETE", "/v1/devices/" + device, null, 405);
    call("GET", "/v1/nothingHere", null, 404);
    call("POST", "/v1/devices", TestApi.deviceBody("Dup", TestApi.udid(42), "IOS"), 409);
    call(
        "GET",
        "/v1/salesReports?filter[vendorNumber]=99999999&filter[reportType]=SALES&filter[reportSubType]=SUMMARY&filter[frequency]=MONTHLY&filter[reportDate]=2025-10",
        null,
        403);

    assertThat(problems).isEmpty();
    assertThat(provisioningDatesSeen)
        .as("Apple's +0000 dates were served and checked")
        .isPositive();
    List<String> missing = new ArrayList<>();
    for (Operation op : OperationCatalog.all()) {
      if (!toured.contains(op.key())) {
        missing.add(op.key());
      }
    }
    assertThat(missing).as("operations the tour did not reach").isEmpty();
  }
}
