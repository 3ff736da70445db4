package dev.ascform.api.resources;

import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.SingleDocument;
import dev.ascform.api.jsonapi.WriteRequest;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Capabilities of bundle IDs. There is no collection endpoint and no GET by id. */
@Headers("Accept: application/json")
public interface BundleIdCapabilitiesApi {
  /** One page of the capabilities enabled on a bundle ID. */
  @RequestLine("GET /v1/bundleIds/{id}/bundleIdCapabilities?limit=200")
  CollectionDocument listForBundleId(@Param("id") String bundleIdId);

  /** Enables a capability (see {@link Requests#capabilityCreate}). */
  @RequestLine("POST /v1/bundleIdCapabilities")
  @Headers("Content-Type: application/json")
  SingleDocument create(WriteRequest body);

  /** Changes a capability's settings. */
  @RequestLine("PATCH /v1/bundleIdCapabilities/{id}")
  @Headers("Content-Type: application/json")
  SingleDocument update(@Param("id") String id, WriteRequest body);

  /** Disables a capability. */
  @RequestLine("DELETE /v1/bundleIdCapabilities/{id}")
  void delete(@Param("id") String id);
}
