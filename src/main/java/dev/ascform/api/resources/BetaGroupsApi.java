package dev.ascform.api.resources;

import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.RelationshipDocument;
import dev.ascform.api.jsonapi.SingleDocument;
import dev.ascform.api.jsonapi.ToManyRequest;
import dev.ascform.api.jsonapi.WriteRequest;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** TestFlight groups: {@code /v1/betaGroups} and their tester and build memberships. */
@Headers("Accept: application/json")
public interface BetaGroupsApi {
  /** One page of groups; {@code app} (app id) and {@code name} filters optional. */
  @RequestLine(
      "GET /v1/betaGroups?limit=200&filter[app]={app}&filter[name]={name}"
          + "&include={include}&limit[betaTesters]={testersLimit}&sort=name")
  CollectionDocument list(
      @Param("app") String appId,
      @Param("name") String name,
      @Param("include") String include,
      @Param("testersLimit") Integer betaTestersLimit);

  /** One page of an app's groups. */
  @RequestLine("GET /v1/apps/{id}/betaGroups?limit=200")
  CollectionDocument listForApp(@Param("id") String appId);

  /** One group. */
  @RequestLine("GET /v1/betaGroups/{id}")
  SingleDocument get(@Param("id") String id);

  /** One group with its app (included, bundle ID only): a group's read-back in one request. */
  @RequestLine("GET /v1/betaGroups/{id}?include=app&fields[apps]=bundleId")
  SingleDocument getWithApp(@Param("id") String id);

  /** Creates a group (see {@link Requests#betaGroupCreate}). */
  @RequestLine("POST /v1/betaGroups")
  @Headers("Content-Type: application/json")
  SingleDocument create(WriteRequest body);

  /** Changes a group's name, public-link and feedback settings. */
  @RequestLine("PATCH /v1/betaGroups/{id}")
  @Headers("Content-Type: application/json")
  SingleDocument update(@Param("id") String id, WriteRequest body);

  /** Deletes a group. */
  @RequestLine("DELETE /v1/betaGroups/{id}")
  void delete(@Param("id") String id);

  /** One page of the group's testers. */
  @RequestLine("GET /v1/betaGroups/{id}/betaTesters?limit=200")
  CollectionDocument betaTesters(@Param("id") String groupId);

  /** One page of the group's tester identifiers. */
  @RequestLine("GET /v1/betaGroups/{id}/relationships/betaTesters?limit=200")
  RelationshipDocument betaTesterIds(@Param("id") String groupId);

  /** Adds testers (409 when one is already there: re-read). */
  @RequestLine("POST /v1/betaGroups/{id}/relationships/betaTesters")
  @Headers("Content-Type: application/json")
  void addBetaTesters(@Param("id") String groupId, ToManyRequest body);

  /** Removes testers from the group (they stay in the team). */
  @RequestLine("DELETE /v1/betaGroups/{id}/relationships/betaTesters")
  @Headers("Content-Type: application/json")
  void removeBetaTesters(@Param("id") String groupId, ToManyRequest body);

  /** One page of the group's builds. */
  @RequestLine("GET /v1/betaGroups/{id}/builds?limit=200")
  CollectionDocument builds(@Param("id") String groupId);

  /** One page of the group's build identifiers. */
  @RequestLine("GET /v1/betaGroups/{id}/relationships/builds?limit=200")
  RelationshipDocument buildIds(@Param("id") String groupId);

  /** Adds builds to the group. */
  @RequestLine("POST /v1/betaGroups/{id}/relationships/builds")
  @Headers("Content-Type: application/json")
  void addBuilds(@Param("id") String groupId, ToManyRequest body);

  /** Removes builds from the group. */
  @RequestLine("DELETE /v1/betaGroups/{id}/relationships/builds")
  @Headers("Content-Type: application/json")
  void removeBuilds(@Param("id") String groupId, ToManyRequest body);
}
