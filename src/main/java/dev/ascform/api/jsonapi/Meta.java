package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The {@code meta} object of a collection or relationship.
 *
 * @param paging paging information, may be null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Meta(PagingInformation paging) {}
