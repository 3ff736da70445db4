package dev.ascform.api.resources;

import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.SingleDocument;
import dev.ascform.api.jsonapi.WriteRequest;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Pending invitations: {@code /v1/userInvitations}. No PATCH: cancel and invite again. */
@Headers("Accept: application/json")
public interface UserInvitationsApi {
  /** One page of invitations; {@code email} filter optional. */
  @RequestLine(
      "GET /v1/userInvitations?limit=200&filter[email]={email}&include={include}"
          + "&limit[visibleApps]={visibleAppsLimit}&sort=email")
  CollectionDocument list(
      @Param("email") String email,
      @Param("include") String include,
      @Param("visibleAppsLimit") Integer visibleAppsLimit);

  /** One invitation (410 once accepted). */
  @RequestLine("GET /v1/userInvitations/{id}")
  SingleDocument get(@Param("id") String id);

  /** Invites a person (see {@link Requests#userInvitationCreate}). */
  @RequestLine("POST /v1/userInvitations")
  @Headers("Content-Type: application/json")
  SingleDocument create(WriteRequest body);

  /** Cancels an invitation. */
  @RequestLine("DELETE /v1/userInvitations/{id}")
  void delete(@Param("id") String id);

  /** One page of the apps an invitation grants. */
  @RequestLine("GET /v1/userInvitations/{id}/visibleApps?limit=200")
  CollectionDocument visibleApps(@Param("id") String invitationId);
}
