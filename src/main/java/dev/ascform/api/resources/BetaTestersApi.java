package dev.ascform.api.resources;

import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.RelationshipDocument;
import dev.ascform.api.jsonapi.SingleDocument;
import dev.ascform.api.jsonapi.ToManyRequest;
import dev.ascform.api.jsonapi.WriteRequest;
import feign.CollectionFormat;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** TestFlight testers: {@code /v1/betaTesters}. No PATCH. Testers are global to the team. */
@Headers("Accept: application/json")
public interface BetaTestersApi {
  /**
   * One page of testers; {@code email}, {@code betaGroups} (group id), {@code apps} filters
   * optional.
   */
  @RequestLine(
      "GET /v1/betaTesters?limit=200&filter[email]={email}&filter[betaGroups]={betaGroups}"
          + "&filter[apps]={apps}&include={include}&limit[betaGroups]={groupsLimit}&sort=email")
  CollectionDocument list(
      @Param("email") String email,
      @Param("betaGroups") String betaGroupId,
      @Param("apps") String appId,
      @Param("include") String include,
      @Param("groupsLimit") Integer betaGroupsLimit);

  /**
   * One page of every tester's email and group linkage, nothing else: the membership read of a
   * plan. Sparse fieldsets keep a page of 200 testers small (the included groups carry only their
   * name, the testers only their email and groups), which matters because this is the longest chain
   * of pages in a large account.
   */
  @RequestLine(
      value =
          "GET /v1/betaTesters?limit=200&include=betaGroups"
              + "&limit[betaGroups]={groupsLimit}&fields[betaTesters]=email,betaGroups&fields[betaGroups]=name"
              + "&sort=email",
      collectionFormat = CollectionFormat.CSV)
  CollectionDocument memberships(@Param("groupsLimit") int betaGroupsLimit);

  /** One tester. */
  @RequestLine("GET /v1/betaTesters/{id}")
  SingleDocument get(@Param("id") String id);

  /** Creates (invites) a tester into groups (see {@link Requests#betaTesterCreate}). */
  @RequestLine("POST /v1/betaTesters")
  @Headers("Content-Type: application/json")
  SingleDocument create(WriteRequest body);

  /** Deletes a tester from all apps (202 or 204). */
  @RequestLine("DELETE /v1/betaTesters/{id}")
  void delete(@Param("id") String id);

  /** One page of the tester's groups. */
  @RequestLine("GET /v1/betaTesters/{id}/betaGroups?limit=200")
  CollectionDocument betaGroups(@Param("id") String testerId);

  /** One page of the tester's group identifiers. */
  @RequestLine("GET /v1/betaTesters/{id}/relationships/betaGroups?limit=200")
  RelationshipDocument betaGroupIds(@Param("id") String testerId);

  /** Adds the tester to groups. */
  @RequestLine("POST /v1/betaTesters/{id}/relationships/betaGroups")
  @Headers("Content-Type: application/json")
  void addBetaGroups(@Param("id") String testerId, ToManyRequest body);

  /** Removes the tester from groups. */
  @RequestLine("DELETE /v1/betaTesters/{id}/relationships/betaGroups")
  @Headers("Content-Type: application/json")
  void removeBetaGroups(@Param("id") String testerId, ToManyRequest body);
}
