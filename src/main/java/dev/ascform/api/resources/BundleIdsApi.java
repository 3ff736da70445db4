package dev.ascform.api.resources;

import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.SingleDocument;
import dev.ascform.api.jsonapi.WriteRequest;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/**
 * Bundle IDs (App IDs): {@code /v1/bundleIds}. {@code filter[identifier]} is a substring match at
 * Apple; use {@code Lookups.findBundleIdByIdentifier} for an exact match.
 */
@Headers("Accept: application/json")
public interface BundleIdsApi {
  /**
   * One page of bundle IDs. Optional: {@code identifier}, {@code platform} filters and {@code
   * include} (e.g. {@code bundleIdCapabilities,profiles}; capped at 50 related per resource).
   */
  @RequestLine(
      "GET /v1/bundleIds?limit=200&filter[identifier]={identifier}"
          + "&filter[platform]={platform}&include={include}&limit[bundleIdCapabilities]={capLimit}"
          + "&limit[profiles]={profilesLimit}&sort=identifier")
  CollectionDocument list(
      @Param("identifier") String identifier,
      @Param("platform") String platform,
      @Param("include") String include,
      @Param("capLimit") Integer bundleIdCapabilitiesLimit,
      @Param("profilesLimit") Integer profilesLimit);

  /** One bundle ID, optionally with {@code include}. */
  @RequestLine("GET /v1/bundleIds/{id}?include={include}")
  SingleDocument get(@Param("id") String id, @Param("include") String include);

  /** Registers a bundle ID (see {@link Requests#bundleIdCreate}). */
  @RequestLine("POST /v1/bundleIds")
  @Headers("Content-Type: application/json")
  SingleDocument create(WriteRequest body);

  /** Renames a bundle ID (only {@code name} can change). */
  @RequestLine("PATCH /v1/bundleIds/{id}")
  @Headers("Content-Type: application/json")
  SingleDocument update(@Param("id") String id, WriteRequest body);

  /** Deletes a bundle ID. */
  @RequestLine("DELETE /v1/bundleIds/{id}")
  void delete(@Param("id") String id);

  /** One page of the profiles of a bundle ID. */
  @RequestLine("GET /v1/bundleIds/{id}/profiles?limit=200")
  CollectionDocument profiles(@Param("id") String bundleIdId);
}
