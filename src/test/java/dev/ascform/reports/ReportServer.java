package dev.ascform.reports;

import dev.ascform.api.AscClient;
import dev.ascform.api.testing.Bodies;
import dev.ascform.api.testing.Clients;
import dev.ascform.api.testing.FakeApple;
import dev.ascform.api.testing.FakeApple.Reply;
import dev.ascform.api.testing.FakeApple.Seen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * A fake Apple serving gzip TSV reports per {@code reportDate}: dates marked missing answer 404
 * NOT_FOUND (JSON, as Apple does), dates marked corrupt answer a truncated gzip stream.
 */
public final class ReportServer implements AutoCloseable {
  public final FakeApple apple;
  public final Clients clients = new Clients();
  public final Set<String> missing = new HashSet<>();
  public final Set<String> corrupt = new HashSet<>();
  public final Set<String> empty = new HashSet<>();
  public final Set<String> notGzip = new HashSet<>();

  public ReportServer() throws IOException {
    apple = new FakeApple();
    apple.on("GET", "/v1/salesReports", this::reply);
    apple.on("GET", "/v1/financeReports", this::reply);
  }

  /** The report text served for a date. */
  public static String tsv(String date) {
    return "Provider\tSKU\tTitle\tUnits\tBegin Date\nAPPLE\tacme-1\tAcme, \"Pro\"\t3\t"
        + date
        + "\n";
  }

  AscClient client() {
    return clients.client(apple);
  }

  ReportSource source() {
    return new ApiReportSource(client());
  }

  /** The reportDate of every request, in order. */
  public List<String> requestedDates() {
    return apple.requests().stream()
        .map(s -> param(s, "filter[reportDate]"))
        .collect(Collectors.toList());
  }

  static String param(Seen seen, String name) {
    return Arrays.stream(seen.query().split("&"))
        .filter(p -> p.startsWith(name + "="))
        .map(p -> p.substring(name.length() + 1))
        .findFirst()
        .orElse(null);
  }

  private Reply reply(Seen seen) {
    String date = param(seen, "filter[reportDate]");
    if (missing.contains(date)) {
      return Reply.json(
          404, Bodies.error(404, "NOT_FOUND", null, "There were no sales for the date specified."));
    }
    if (notGzip.contains(date)) {
      return new Reply(
          200,
          Map.of("Content-Type", "application/a-gzip"),
          "Provider\tSKU\n".getBytes(StandardCharsets.UTF_8));
    }
    if (empty.contains(date)) {
      return Reply.empty(200);
    }
    byte[] body = gzip(tsv(date));
    if (corrupt.contains(date)) {
      body = Arrays.copyOf(body, body.length - 12);
    }
    return new Reply(200, Map.of("Content-Type", "application/a-gzip"), body);
  }

  static byte[] gzip(String text) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(text.getBytes(StandardCharsets.UTF_8));
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    apple.close();
  }
}
