package dev.ascform.sandbox.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The query string of a request, checked against the operation's declared parameters: an undeclared
 * parameter is 400 {@code PARAMETER_ERROR.ILLEGAL}; a value outside the declared enum or a limit
 * above the declared maximum is 400 {@code PARAMETER_ERROR.INVALID}; a missing required parameter
 * is 400 {@code PARAMETER_ERROR.REQUIRED}. List operations also take {@code cursor}.
 */
public final class Query {
  /** Page size used when a list request has no {@code limit}. */
  public static final int DEFAULT_LIMIT = 20;

  /** Related items included per relationship when no {@code limit[rel]} is given. */
  public static final int DEFAULT_INCLUDE_LIMIT = 50;

  private final Map<String, String> values;

  private Query(Map<String, String> values) {
    this.values = values;
  }

  /** Parses and validates {@code rawQuery} (may be null) for {@code op}. */
  public static Query parse(String rawQuery, Operation op) {
    Map<String, String> values = new LinkedHashMap<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        values.put(name, value);
      }
    }
    Query query = new Query(values);
    query.validate(op);
    return query;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private void validate(Operation op) {
    for (Map.Entry<String, String> entry : values.entrySet()) {
      String name = entry.getKey();
      if (name.equals("cursor") && op.isList()) {
        continue;
      }
      QueryParam param =
          op.param(name)
              .orElseThrow(
                  () ->
                      ApiException.parameter(
                          "PARAMETER_ERROR.ILLEGAL",
                          name,
                          "The parameter '" + name + "' can not be used with this request"));
      checkValue(param, entry.getValue());
    }
    for (QueryParam param : op.params()) {
      if (param.required() && !values.containsKey(param.name())) {
        throw ApiException.parameter(
            "PARAMETER_ERROR.REQUIRED",
            param.name(),
            "The parameter '" + param.name() + "' is required");
      }
    }
  }

  private static void checkValue(QueryParam param, String value) {
    if (param.name().equals("limit") || param.name().startsWith("limit[")) {
      int max = param.maximum() > 0 ? param.maximum() : 200;
      int n;
      try {
        n = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        n = -1;
      }
      if (n < 1 || n > max) {
        throw ApiException.parameter(
            "PARAMETER_ERROR.INVALID",
            param.name(),
            "'"
                + value
                + "' is not a valid value for '"
                + param.name()
                + "': it must be between 1 and "
                + max);
      }
      return;
    }
    if (param.values().isEmpty()) {
      return;
    }
    for (String v : value.split(",")) {
      if (!param.values().contains(v)) {
        throw ApiException.parameter(
            "PARAMETER_ERROR.INVALID",
            param.name(),
            "'"
                + v
                + "' is not a valid value for '"
                + param.name()
                + "'. Allowed: "
                + String.join(", ", param.values()));
      }
    }
  }

  /** The raw value of a parameter. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** The comma-separated values of a parameter (empty when absent). */
  public List<String> list(String name) {
    String v = values.get(name);
    return v == null || v.isEmpty() ? List.of() : Arrays.asList(v.split(","));
  }

  /** {@code filter[x]} parameters by x. */
  public Map<String, List<String>> filters() {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (k.startsWith("filter[") && k.endsWith("]")) {
            filters.put(
                k.substring(7, k.length() - 1), new ArrayList<>(Arrays.asList(v.split(","))));
          }
        });
    return filters;
  }

  /** The page size. */
  public int limit() {
    return get("limit").map(Integer::parseInt).orElse(DEFAULT_LIMIT);
  }

  /** How many related items to include for a relationship. */
  public int includeLimit(String relationship) {
    return get("limit[" + relationship + "]").map(Integer::parseInt).orElse(DEFAULT_INCLUDE_LIMIT);
  }

  /** The requested sparse fieldset of a type, or null for all fields. */
  public List<String> fields(String type) {
    return values.containsKey("fields[" + type + "]") ? list("fields[" + type + "]") : null;
  }

  /** All parameters in request order. */
  public Map<String, String> all() {
    return values;
  }
}
