package dev.ascform.api.resources;

import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.RelationshipDocument;
import dev.ascform.api.jsonapi.SingleDocument;
import dev.ascform.api.jsonapi.WriteRequest;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Provisioning profiles: {@code /v1/profiles}. Immutable: replace by delete + create. */
@Headers("Accept: application/json")
public interface ProfilesApi {
  /**
   * One page of profiles; filters optional; {@code include} e.g. {@code
   * bundleId,certificates,devices} (devices and certificates capped at 50: see {@code
   * Relationships}).
   */
  @RequestLine(
      "GET /v1/profiles?limit=200&filter[name]={name}&filter[profileType]={profileType}"
          + "&filter[profileState]={profileState}&include={include}"
          + "&limit[devices]={devicesLimit}&limit[certificates]={certificatesLimit}&sort=name")
  CollectionDocument list(
      @Param("name") String name,
      @Param("profileType") String profileType,
      @Param("profileState") String profileState,
      @Param("include") String include,
      @Param("devicesLimit") Integer devicesLimit,
      @Param("certificatesLimit") Integer certificatesLimit);

  /** One profile (with {@code profileContent}), optionally with {@code include}. */
  @RequestLine("GET /v1/profiles/{id}?include={include}")
  SingleDocument get(@Param("id") String id, @Param("include") String include);

  /** Creates a profile (see {@link Requests#profileCreate}). */
  @RequestLine("POST /v1/profiles")
  @Headers("Content-Type: application/json")
  SingleDocument create(WriteRequest body);

  /** Deletes a profile. */
  @RequestLine("DELETE /v1/profiles/{id}")
  void delete(@Param("id") String id);

  /** One page of the profile's devices (complete, unlike include). */
  @RequestLine("GET /v1/profiles/{id}/devices?limit=200")
  CollectionDocument devices(@Param("id") String profileId);

  /** One page of the profile's certificates. */
  @RequestLine("GET /v1/profiles/{id}/certificates?limit=200")
  CollectionDocument certificates(@Param("id") String profileId);

  /** The profile's bundle ID. */
  @RequestLine("GET /v1/profiles/{id}/bundleId")
  SingleDocument bundleId(@Param("id") String profileId);

  /** One page of the profile's device identifiers. */
  @RequestLine("GET /v1/profiles/{id}/relationships/devices?limit=200")
  RelationshipDocument deviceIds(@Param("id") String profileId);

  /** One page of the profile's certificate identifiers. */
  @RequestLine("GET /v1/profiles/{id}/relationships/certificates?limit=200")
  RelationshipDocument certificateIds(@Param("id") String profileId);
}
