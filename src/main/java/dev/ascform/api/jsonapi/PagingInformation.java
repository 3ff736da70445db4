package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * {@code meta.paging} of a collection or relationship.
 *
 * @param total the full count when Apple reports it (optional), else null
 * @param limit the page size used
 * @param nextCursor opaque cursor (informational; follow {@code links.next} instead)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PagingInformation(Integer total, Integer limit, String nextCursor) {}
