package dev.ascform.sandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * How Apple writes what the sandbox stores in one canonical form: the wire forms of dates per
 * resource type and the paging meta of relationships, as captured responses show them
 * (src/test/resources/apple-captures; docs/SANDBOX.md, "Apple's forms"). The account keeps instants
 * as ISO-8601 UTC text; only responses use these forms.
 */
final class AppleForms {
  /**
   * Provisioning resources: {@code 2020-02-01T20:50:34.000+0000} (millis, offset without colon).
   */
  static final DateTimeFormatter PROVISIONING =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxx").withZone(ZoneOffset.UTC);

  /**
   * Builds: Cupertino local time with its offset, no fraction: {@code 2021-02-02T04:00:19-08:00}.
   */
  static final DateTimeFormatter CUPERTINO =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
          .withZone(ZoneId.of("America/Los_Angeles"));

  private static final Map<String, DateTimeFormatter> FORMS =
      Map.of(
          "certificates.expirationDate", PROVISIONING,
          "profiles.createdDate", PROVISIONING,
          "profiles.expirationDate", PROVISIONING,
          "devices.addedDate", PROVISIONING,
          "builds.uploadedDate", CUPERTINO,
          "builds.expirationDate", CUPERTINO);

  /**
   * Types whose to-many relationships always carry {@code meta.paging {total: 0, limit: 2^31-1}}.
   */
  private static final Set<String> PROVISIONING_TYPES = Set.of("bundleIds", "profiles");

  private AppleForms() {}

  /** The attribute value as Apple writes it (other values unchanged). */
  static JsonNode attribute(String type, String name, JsonNode value) {
    DateTimeFormatter form = FORMS.get(type + "." + name);
    if (form == null || !value.isTextual()) {
      return value;
    }
    try {
      return JsonNodeFactory.instance.textNode(form.format(Instant.parse(value.asText())));
    } catch (DateTimeParseException e) {
      return value;
    }
  }

  /**
   * The relationship's {@code meta}: on bundle IDs and profiles Apple sends {@code paging {total:
   * 0, limit: 2147483647}} on every to-many relationship, whether or not it carries data (and
   * however much); elsewhere the real count and the limit applied, and only with data.
   */
  static void relationshipMeta(
      String type, boolean many, boolean withData, int total, int limit, ObjectNode relationship) {
    if (!many) {
      return;
    }
    if (PROVISIONING_TYPES.contains(type)) {
      relationship
          .putObject("meta")
          .putObject("paging")
          .put("total", 0)
          .put("limit", Integer.MAX_VALUE);
    } else if (withData) {
      relationship.putObject("meta").putObject("paging").put("total", total).put("limit", limit);
    }
  }
}
