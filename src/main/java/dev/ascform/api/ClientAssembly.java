package dev.ascform.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.api.auth.TokenProvider;
import dev.ascform.api.http.AscHttpClient;
import dev.ascform.api.http.ErrorDecoding;
import dev.ascform.api.http.RateLimitGovernor;
import dev.ascform.api.http.RequestStats;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.http2client.Http2Client;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.net.http.HttpClient;
import java.util.Objects;

/** Wires Feign, the JDK HTTP client and the cross-cutting pieces into an {@link AscClient}. */
final class ClientAssembly {
  private ClientAssembly() {}

  static AscClient assemble(AscClientBuilder b) {
    Objects.requireNonNull(b.baseUrl, "baseUrl is required");
    Objects.requireNonNull(b.credentials, "credentials are required");
    ObjectMapper mapper = AscClient.newMapper();
    RequestStats stats = new RequestStats();
    TokenProvider tokens = new TokenProvider(b.credentials, b.clock, b.tokenLifetime);
    RateLimitGovernor governor = new RateLimitGovernor(b.rateLimitReserve, b.sleeper, stats);
    AscHttpClient client =
        new AscHttpClient(
            transport(b),
            new AscHttpClient.Settings(
                tokens,
                b.retryPolicy,
                governor,
                stats,
                b.sleeper,
                b.random,
                b.clock,
                b.debugSink,
                b.maxConcurrency));
    Request.Options options = new Request.Options(b.connectTimeout, b.requestTimeout, false);
    ErrorDecoding errors = new ErrorDecoding(mapper, b.credentials.keyId());
    Feign feign =
        Feign.builder()
            .client(client)
            .encoder(new JacksonEncoder(mapper))
            .decoder(new JacksonDecoder(mapper))
            .errorDecoder(errors)
            .retryer(Retryer.NEVER_RETRY)
            .options(options)
            .build();
    NextPages next = new NextPages(b.baseUrl, client, options, mapper, errors);
    return new AscClient(b, b.baseUrl, mapper, feign, stats, errors, next);
  }

  private static feign.Client transport(AscClientBuilder b) {
    if (b.transport != null) {
      return b.transport;
    }
    boolean plain = "http".equalsIgnoreCase(b.baseUrl.getScheme());
    HttpClient http =
        HttpClient.newBuilder()
            .connectTimeout(b.connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            // no h2c upgrade on plain http (loopback sandbox); HTTP/2 over TLS otherwise
            .version(plain ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
            .build();
    return new Http2Client(http);
  }
}
