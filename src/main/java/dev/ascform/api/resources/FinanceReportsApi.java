package dev.ascform.api.resources;

import feign.Headers;
import feign.Param;
import feign.RequestLine;
import feign.Response;

/** Finance reports: gzip bytes on success, JSON on error (see {@code Reports.open}). */
@Headers("Accept: application/a-gzip, application/json")
public interface FinanceReportsApi {
  /** Requests one report: region {@code ZZ} (consolidated) or {@code Z1} for FINANCE_DETAIL. */
  @RequestLine(
      "GET /v1/financeReports?filter[vendorNumber]={vendorNumber}"
          + "&filter[reportType]={reportType}&filter[regionCode]={regionCode}"
          + "&filter[reportDate]={reportDate}")
  Response download(
      @Param("vendorNumber") String vendorNumber,
      @Param("reportType") String reportType,
      @Param("regionCode") String regionCode,
      @Param("reportDate") String reportDate);
}
