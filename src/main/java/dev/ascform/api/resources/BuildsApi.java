package dev.ascform.api.resources;

import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.SingleDocument;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Builds (read-only for ascform): {@code /v1/builds}. */
@Headers("Accept: application/json")
public interface BuildsApi {
  /**
   * One page of builds, newest first. All filters optional: {@code app} (app id), {@code version}
   * (build number), {@code preReleaseVersion} (marketing version), {@code processingState} (e.g.
   * VALID), {@code expired} ("true"/"false").
   */
  @RequestLine(
      "GET /v1/builds?limit=200&filter[app]={app}&filter[version]={version}"
          + "&filter[preReleaseVersion.version]={preReleaseVersion}"
          + "&filter[processingState]={processingState}&filter[expired]={expired}&sort=-uploadedDate")
  CollectionDocument list(
      @Param("app") String appId,
      @Param("version") String version,
      @Param("preReleaseVersion") String preReleaseVersion,
      @Param("processingState") String processingState,
      @Param("expired") String expired);

  /**
   * One page of the builds of the given apps (comma-separated ids), newest first, with related
   * resources ({@code include}, e.g. {@code preReleaseVersion,app}: the marketing version comes as
   * a {@code preReleaseVersions} resource) and sparse fieldsets. Comma lists are passed as values:
   * Feign would split a literal comma list into repeated parameters.
   */
  @RequestLine(
      "GET /v1/builds?limit=200&filter[app]={apps}&include={include}"
          + "&fields[builds]={buildFields}&fields[preReleaseVersions]={versionFields}"
          + "&fields[apps]={appFields}&sort=-uploadedDate")
  CollectionDocument listIncluding(
      @Param("apps") String appIds,
      @Param("include") String include,
      @Param("buildFields") String buildFields,
      @Param("versionFields") String versionFields,
      @Param("appFields") String appFields);

  /** One build. */
  @RequestLine("GET /v1/builds/{id}")
  SingleDocument get(@Param("id") String id);
}
