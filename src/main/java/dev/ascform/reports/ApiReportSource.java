package dev.ascform.reports;

import dev.ascform.api.AscClient;
import feign.Response;
import java.io.InputStream;

/**
 * Reports from the App Store Connect API ({@code GET /v1/salesReports}, {@code
 * /v1/financeReports}). An empty success body is a {@link NoReportException}; error statuses are
 * the client's exceptions.
 */
public final class ApiReportSource implements ReportSource {
  private final AscClient client;

  public ApiReportSource(AscClient client) {
    this.client = client;
  }

  @Override
  public InputStream open(ReportSpec spec, String reportDate) {
    Response response;
    if (spec instanceof ReportSpec.Sales) {
      ReportSpec.Sales s = (ReportSpec.Sales) spec;
      response =
          client
              .salesReports()
              .download(
                  s.vendor(), s.type(), s.subType(), s.frequency().name(), reportDate, s.version());
    } else {
      ReportSpec.Finance f = (ReportSpec.Finance) spec;
      response = client.financeReports().download(f.vendor(), f.type(), f.region(), reportDate);
    }
    if (isEmptySuccess(response)) {
      response.close();
      throw new NoReportException(
          "Apple answered " + response.status() + " with no file (no report for that period)");
    }
    return client.reports().open(response);
  }

  /** Apple produces no file for a period without sales: an empty success body means just that. */
  private static boolean isEmptySuccess(Response response) {
    boolean success = response.status() >= 200 && response.status() < 300;
    return success
        && (response.body() == null || Integer.valueOf(0).equals(response.body().length()));
  }
}
