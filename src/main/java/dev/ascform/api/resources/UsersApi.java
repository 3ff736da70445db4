package dev.ascform.api.resources;

import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.RelationshipDocument;
import dev.ascform.api.jsonapi.SingleDocument;
import dev.ascform.api.jsonapi.ToManyRequest;
import dev.ascform.api.jsonapi.WriteRequest;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Team members: {@code /v1/users}. Users appear only by accepting an invitation. */
@Headers("Accept: application/json")
public interface UsersApi {
  /**
   * One page of users; {@code username} filter optional; {@code include=visibleApps} capped at 50.
   */
  @RequestLine(
      "GET /v1/users?limit=200&filter[username]={username}&include={include}"
          + "&limit[visibleApps]={visibleAppsLimit}&sort=username")
  CollectionDocument list(
      @Param("username") String username,
      @Param("include") String include,
      @Param("visibleAppsLimit") Integer visibleAppsLimit);

  /** One user. */
  @RequestLine("GET /v1/users/{id}")
  SingleDocument get(@Param("id") String id);

  /** Changes roles, allAppsVisible, provisioningAllowed (see {@link Requests#userUpdate}). */
  @RequestLine("PATCH /v1/users/{id}")
  @Headers("Content-Type: application/json")
  SingleDocument update(@Param("id") String id, WriteRequest body);

  /** Removes a user from the team. */
  @RequestLine("DELETE /v1/users/{id}")
  void delete(@Param("id") String id);

  /** One page of the apps a user can see. */
  @RequestLine("GET /v1/users/{id}/visibleApps?limit=200")
  CollectionDocument visibleApps(@Param("id") String userId);

  /** One page of the identifiers of the apps a user can see. */
  @RequestLine("GET /v1/users/{id}/relationships/visibleApps?limit=200")
  RelationshipDocument visibleAppIds(@Param("id") String userId);

  /** Adds visible apps. */
  @RequestLine("POST /v1/users/{id}/relationships/visibleApps")
  @Headers("Content-Type: application/json")
  void addVisibleApps(@Param("id") String userId, ToManyRequest body);

  /** Replaces the whole set of visible apps. */
  @RequestLine("PATCH /v1/users/{id}/relationships/visibleApps")
  @Headers("Content-Type: application/json")
  void replaceVisibleApps(@Param("id") String userId, ToManyRequest body);

  /** Removes visible apps. */
  @RequestLine("DELETE /v1/users/{id}/relationships/visibleApps")
  @Headers("Content-Type: application/json")
  void removeVisibleApps(@Param("id") String userId, ToManyRequest body);
}
