package dev.ascform.api.resources;

import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.SingleDocument;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Apps (read-only in this API): {@code /v1/apps}. Filters are substring matches: re-check. */
@Headers("Accept: application/json")
public interface AppsApi {
  /** One page of apps; {@code bundleId} and {@code ids} (comma-separated) are optional filters. */
  @RequestLine("GET /v1/apps?limit=200&filter[bundleId]={bundleId}&filter[id]={ids}&sort=bundleId")
  CollectionDocument list(@Param("bundleId") String bundleId, @Param("ids") String ids);

  /** One app. */
  @RequestLine("GET /v1/apps/{id}")
  SingleDocument get(@Param("id") String id);

  /** One page of an app's builds. */
  @RequestLine("GET /v1/apps/{id}/builds?limit=200")
  CollectionDocument builds(@Param("id") String appId);
}
