package dev.ascform.api.resources;

import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.RelationshipDocument;
import dev.ascform.api.jsonapi.SingleDocument;
import dev.ascform.api.jsonapi.ToManyRequest;
import dev.ascform.api.jsonapi.WriteRequest;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Builds (read-only for ascform): {@code /v1/builds}. */
@Headers("Accept: application/json")
public interface BuildsApi {
  /**
   * One page of builds, newest first. All filters optional: {@code app} (app id), {@code version}
   * (build number), {@code preReleaseVersion} (marketing version), {@code processingState}
   * (e.g. VALID), {@code expired} ("true"/"false").
   */
  @RequestLine("GET /v1/builds?limit=200&filter[app]={app}&filter[version]={version}"
      + "&filter[preReleaseVersion.version]={preReleaseVersion}"
      + "&filter[processingState]={processingState}&filter[expired]={expired}&sort=-uploadedDate")
  CollectionDocument list(
      @Param("app") String appId,
      @Param("version") String version,
      @Param("preReleaseVersion") String preReleaseVersion,
      @Param("processingState") String processingState,
      @Param("expired") String expired);

  /** One build. */
  @RequestLine("GET /v1/builds/{id}")
  SingleDocument get(@Param("id") String id);
}
