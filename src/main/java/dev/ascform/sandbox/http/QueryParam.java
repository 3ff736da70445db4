package dev.ascform.sandbox.http;

import java.util.List;

/**
 * A declared query parameter.
 *
 * @param name e.g. {@code filter[identifier]}, {@code fields[bundleIds]}, {@code limit}
 * @param required whether the document marks it required
 * @param maximum the declared maximum for integer parameters, or -1
 * @param values the declared enum values (empty when free-form)
 */
public record QueryParam(String name, boolean required, int maximum, List<String> values) {
  public QueryParam {
    values = List.copyOf(values);
  }
}
