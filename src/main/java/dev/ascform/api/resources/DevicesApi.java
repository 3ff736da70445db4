package dev.ascform.api.resources;

import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.SingleDocument;
import dev.ascform.api.jsonapi.WriteRequest;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Registered devices: {@code /v1/devices}. There is no DELETE: disable instead. */
@Headers("Accept: application/json")
public interface DevicesApi {
  /** One page of devices; filters optional. */
  @RequestLine(
      "GET /v1/devices?limit=200&filter[udid]={udid}&filter[platform]={platform}"
          + "&filter[status]={status}&sort=udid")
  CollectionDocument list(
      @Param("udid") String udid,
      @Param("platform") String platform,
      @Param("status") String status);

  /** One device. */
  @RequestLine("GET /v1/devices/{id}")
  SingleDocument get(@Param("id") String id);

  /** Registers a device (uses one of the yearly slots). */
  @RequestLine("POST /v1/devices")
  @Headers("Content-Type: application/json")
  SingleDocument create(WriteRequest body);

  /** Changes {@code name} and/or {@code status}. */
  @RequestLine("PATCH /v1/devices/{id}")
  @Headers("Content-Type: application/json")
  SingleDocument update(@Param("id") String id, WriteRequest body);
}
