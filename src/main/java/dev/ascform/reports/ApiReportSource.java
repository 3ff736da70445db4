package dev.ascform.reports;

import dev.ascform.api.AscClient;
import feign.Response;
import java.io.InputStream;

/** Reports from the App Store Connect API ({@code GET /v1/salesReports}, {@code /v1/financeReports}). */
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
      response = client.salesReports().download(s.vendor(), s.type(), s.subType(), s.frequency().name(), reportDate, s.version());
    } else {
      ReportSpec.Finance f = (ReportSpec.Finance) spec;
      response = client.financeReports().download(f.vendor(), f.type(), f.region(), reportDate);
    }
    return client.reports().open(response);
  }
}
