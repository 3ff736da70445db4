package dev.ascform.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One exported config entry.
 *
 * @param body the entry's fields in config order (strings, booleans, numbers, lists, maps)
 * @param comment a line written above the entry ("invitation pending"), or null
 */
public record ExportEntry(Map<String, Object> body, String comment) {
  public ExportEntry {
    body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
  }

  /** An entry without a comment. */
  public static ExportEntry of(Map<String, Object> body) {
    return new ExportEntry(body, null);
  }
}
