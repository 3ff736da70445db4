package dev.ascform.api.resources;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;

/**
 * Sales reports: gzip bytes on success, JSON on error. Use {@code Reports.open} to check the
 * content type and gunzip; the raw {@link Response} must be closed.
 */
@Headers("Accept: application/a-gzip, application/json")
public interface SalesReportsApi {
  /** Requests one report; {@code reportDate} and {@code version} are optional. */
  @RequestLine(
      "GET /v1/salesReports?filter[vendorNumber]={vendorNumber}"
          + "&filter[reportType]={reportType}&filter[reportSubType]={reportSubType}"
          + "&filter[frequency]={frequency}&filter[reportDate]={reportDate}&filter[version]={version}")
  Response download(
      @Param("vendorNumber") String vendorNumber,
      @Param("reportType") String reportType,
      @Param("reportSubType") String reportSubType,
      @Param("frequency") String frequency,
      @Param("reportDate") String reportDate,
      @Param("version") String version);
}
