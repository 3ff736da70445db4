package dev.ascform.api.http;

import java.net.URI;

/**
 * Turns a request URL into its path template for statistics: {@code
 * https://host/v1/bundleIds/ABC/profiles?limit=200} becomes {@code /v1/bundleIds/{id}/profiles}.
 * App Store Connect paths are {@code /vN/{type}/{id}/…}, so the third segment is always an id.
 */
public final class PathTemplates {
  private PathTemplates() {}

  /** The path of {@code url} without query, host or ids. */
  public static String template(String url) {
    String path = path(url);
    String[] segments = path.split("/", -1);
    // segments[0] is "" (leading slash), [1] version, [2] type, [3] id
    if (segments.length > 3 && !segments[3].isEmpty()) {
      segments[3] = "{id}";
    }
    return String.join("/", segments);
  }

  /** The path of {@code url} (no host, no query). */
  public static String path(String url) {
    try {
      String p = URI.create(url).getRawPath();
      return p == null || p.isEmpty() ? "/" : p;
    } catch (IllegalArgumentException e) {
      int q = url.indexOf('?');
      return q < 0 ? url : url.substring(0, q);
    }
  }
}
