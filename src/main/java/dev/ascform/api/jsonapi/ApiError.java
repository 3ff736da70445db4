package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of Apple's {@code ErrorResponse.errors}. Handle errors by {@link #code()} (a
 * hierarchical, dot-separated code); title and detail are for people only.
 *
 * @param id error instance id, may be null
 * @param status the HTTP status as a string
 * @param code e.g. {@code ENTITY_ERROR.ATTRIBUTE.INVALID}
 * @param title short summary
 * @param detail explanation
 * @param source pointer or parameter, may be null
 * @param meta free-form; live responses carry {@code associatedErrors}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiError(
    String id,
    String status,
    String code,
    String title,
    String detail,
    ErrorSource source,
    JsonNode meta) {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .configure(
              com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
              false);

  /** True when {@code code} equals {@code prefix} or starts with {@code prefix + "."}. */
  public boolean hasCode(String prefix) {
    return code != null && (code.equals(prefix) || code.startsWith(prefix + "."));
  }

  /** {@code meta.associatedErrors}: path to errors (empty when absent). */
  public Map<String, List<ApiError>> associatedErrors() {
    Map<String, List<ApiError>> out = new LinkedHashMap<>();
    JsonNode node = meta == null ? null : meta.get("associatedErrors");
    if (node == null || !node.isObject()) {
      return out;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      List<ApiError> list = new ArrayList<>();
      if (e.getValue().isArray()) {
        e.getValue().forEach(n -> list.add(MAPPER.convertValue(n, ApiError.class)));
      }
      out.put(e.getKey(), List.copyOf(list));
    }
    return out;
  }

  /** Reads like {@code ENTITY_ERROR.ATTRIBUTE.INVALID at /data/attributes/x: detail}. */
  public String describe() {
    StringBuilder sb = new StringBuilder(code == null ? "UNKNOWN_ERROR" : code);
    if (source != null && source.location() != null) {
      sb.append(" at ").append(source.location());
    }
    String text = detail != null && !detail.isBlank() ? detail : title;
    if (text != null && !text.isBlank()) {
      sb.append(": ").append(text);
    }
    return sb.toString();
  }
}
