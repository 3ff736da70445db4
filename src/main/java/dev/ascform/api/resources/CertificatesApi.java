package dev.ascform.api.resources;

import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.SingleDocument;
import dev.ascform.api.jsonapi.WriteRequest;
import feign.Headers;
import feign.Param;
import feign.RequestLine;

/** Signing certificates: {@code /v1/certificates}. DELETE revokes, irreversibly. */
@Headers("Accept: application/json")
public interface CertificatesApi {
  /** One page of certificates; filters optional (serial numbers are exact at Apple: re-check). */
  @RequestLine(
      "GET /v1/certificates?limit=200&filter[certificateType]={certificateType}"
          + "&filter[serialNumber]={serialNumber}&sort=serialNumber")
  CollectionDocument list(
      @Param("certificateType") String certificateType, @Param("serialNumber") String serialNumber);

  /** One certificate (with {@code certificateContent}). */
  @RequestLine("GET /v1/certificates/{id}")
  SingleDocument get(@Param("id") String id);

  /** Creates a certificate from a CSR (see {@link Requests#certificateCreate}). */
  @RequestLine("POST /v1/certificates")
  @Headers("Content-Type: application/json")
  SingleDocument create(WriteRequest body);

  /** Changes {@code activated}. */
  @RequestLine("PATCH /v1/certificates/{id}")
  @Headers("Content-Type: application/json")
  SingleDocument update(@Param("id") String id, WriteRequest body);

  /** Revokes a certificate. */
  @RequestLine("DELETE /v1/certificates/{id}")
  void revoke(@Param("id") String id);
}
