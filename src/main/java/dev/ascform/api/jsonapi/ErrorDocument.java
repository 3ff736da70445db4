package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * Apple's {@code ErrorResponse}: {@code {"errors":[…]}}.
 *
 * @param errors the errors, never null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErrorDocument(List<ApiError> errors) {
  public ErrorDocument {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }
}
