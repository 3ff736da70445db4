package dev.ascform.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.api.http.AscApiException;
import dev.ascform.api.http.ErrorDecoding;
import dev.ascform.api.http.PagingException;
import dev.ascform.api.http.PathTemplates;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Follows {@code links.next} through the client's own transport (auth, retries, stats), refusing
 * links to any other origin than the base URL so the token never leaves for another host.
 */
final class NextPages implements PageFetcher {
  private final URI baseUrl;
  private final Client client;
  private final Request.Options options;
  private final ObjectMapper mapper;
  private final ErrorDecoding errors;

  NextPages(
      URI baseUrl,
      Client client,
      Request.Options options,
      ObjectMapper mapper,
      ErrorDecoding errors) {
    this.baseUrl = baseUrl;
    this.client = client;
    this.options = options;
    this.mapper = mapper;
    this.errors = errors;
  }

  @Override
  public byte[] fetchBody(String link) {
    String url = absolute(link);
    Request request =
        Request.create(
            Request.HttpMethod.GET,
            url,
            Map.of("Accept", List.of("application/json")),
            null,
            StandardCharsets.UTF_8,
            null);
    Response response;
    try {
      response = client.execute(request, options);
    } catch (IOException e) {
      throw new AscApiException(
          "could not read the next page " + PathTemplates.path(url) + ": " + e,
          "GET",
          PathTemplates.path(url),
          e);
    }
    try (response) {
      if (response.status() >= 300) {
        throw errors.toException(response);
      }
      if (response.body() == null) {
        return new byte[0];
      }
      try (InputStream in = response.body().asInputStream()) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new AscApiException(
          "could not read the page " + PathTemplates.path(url) + ": " + e.getMessage(),
          "GET",
          PathTemplates.path(url),
          e);
    }
  }

  @Override
  public <T> T decode(byte[] body, String link, Class<T> type) {
    try {
      return mapper.readValue(body, type);
    } catch (IOException e) {
      throw new AscApiException(
          "could not decode the page " + PathTemplates.path(link) + ": " + e.getMessage(),
          "GET",
          PathTemplates.path(link),
          e);
    }
  }

  private String absolute(String link) {
    URI next;
    try {
      next = baseUrl.resolve(escapeIllegal(link));
    } catch (IllegalArgumentException e) {
      throw new PagingException(
          "App Store Connect returned a links.next that is not a URL: " + e.getMessage(),
          PathTemplates.path(link));
    }
    boolean sameOrigin =
        baseUrl.getScheme().equalsIgnoreCase(next.getScheme())
            && baseUrl.getHost().equalsIgnoreCase(next.getHost())
            && port(baseUrl) == port(next);
    if (!sameOrigin) {
      throw new PagingException(
          "refusing to follow links.next to another host ("
              + next.getScheme()
              + "://"
              + next.getHost()
              + "): the API token must not leave "
              + baseUrl.getHost(),
          PathTemplates.path(link));
    }
    return next.toString();
  }

  /**
   * Percent-encodes characters a URI may not hold raw (e.g. {@code filter[name]}), keeping the rest
   * exact.
   */
  static String escapeIllegal(String link) {
    StringBuilder out = new StringBuilder(link.length());
    for (char c : link.toCharArray()) {
      switch (c) {
        case '[' -> out.append("%5B");
        case ']' -> out.append("%5D");
        case ' ' -> out.append("%20");
        case '|' -> out.append("%7C");
        case '"' -> out.append("%22");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        case '{' -> out.append("%7B");
        case '}' -> out.append("%7D");
        case '^' -> out.append("%5E");
        case '`' -> out.append("%60");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
