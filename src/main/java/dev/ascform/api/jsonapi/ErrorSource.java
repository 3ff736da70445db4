package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where an error comes from: a JSON pointer into the request body or a query parameter name.
 *
 * @param pointer e.g. {@code /data/attributes/identifier}, may be null
 * @param parameter e.g. {@code filter[platform]}, may be null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorSource(String pointer, String parameter) {
  /** The pointer if present, else the parameter, else null. */
  public String location() {
    return pointer != null ? pointer : parameter;
  }
}
