package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * JSON:API links. {@code next} is followed exactly, as Apple returns it, until it is absent.
 *
 * @param self the document's own URL
 * @param first the first page, may be null
 * @param next the next page, null on the last page
 * @param related for relationships: the related-resources URL
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Links(String self, String first, String next, String related) {}
