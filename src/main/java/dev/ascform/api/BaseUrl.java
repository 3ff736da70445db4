package dev.ascform.api;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;

/** The API base URL: {@code --api-url}, else {@code ASC_API_URL}, else Apple's production host. */
public final class BaseUrl {
  /** Apple's App Store Connect API. */
  public static final String APPLE = "https://api.appstoreconnect.apple.com";

  private BaseUrl() {}

  /** Resolves and validates the base URL ({@code flag} may be null). */
  public static URI resolve(String flag, Map<String, String> env) {
    String value = flag;
    if (value == null || value.isBlank()) {
      value = env.get("ASC_API_URL");
    }
    if (value == null || value.isBlank()) {
      value = APPLE;
    }
    return validate(value);
  }

  /**
   * Checks a base URL: https anywhere, plain http only to a loopback host (the sandbox). A trailing
   * slash is removed, and so is a trailing {@code /v1} (ascform adds the API's version to every
   * path itself). A URL without a scheme ({@code 127.0.0.1:8787}) is refused with the URL to write
   * instead.
   */
  public static URI validate(String value) {
    String text = value.strip();
    if (!text.contains("://")) {
      throw new IllegalArgumentException(
          "invalid API URL '"
              + value
              + "': no scheme; write "
              + suggestion(text)
              + " (plain http:// only to a loopback address such as the sandbox)");
    }
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.toLowerCase(Locale.ROOT).endsWith("/v1")) {
      text = text.substring(0, text.length() - 3);
    }
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid API URL '" + value + "': " + e.getMessage(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException(
          "invalid API URL '" + value + "': expected https://host[:port]");
    }
    if (uri.getQuery() != null || uri.getFragment() != null) {
      throw new IllegalArgumentException(
          "invalid API URL '"
              + value
              + "': expected https://host[:port] without a query or fragment");
    }
    if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      throw new IllegalArgumentException(
          "refusing plain http:// to "
              + uri.getHost()
              + ": tokens would travel unencrypted. Use https://, or http:// only to a loopback"
              + " address such as 127.0.0.1 (the sandbox)");
    }
    return uri;
  }

  /** What to write for a URL given without a scheme. */
  private static String suggestion(String text) {
    String host = text.replaceFirst("[:/].*$", "");
    if (text.startsWith("[")) {
      host = text.substring(0, Math.max(1, text.indexOf(']') + 1));
    }
    boolean loopback = !host.isEmpty() && isLoopback(host);
    return (loopback ? "http://" : "https://")
        + text.replaceFirst("/+$", "").replaceFirst("(?i)/v1$", "");
  }

  /** True for localhost, 127.0.0.0/8 and ::1 (no DNS lookup for other names). */
  public static boolean isLoopback(String host) {
    String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (h.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!h.matches("[0-9.]+") && !h.contains(":")) {
      return false;
    }
    try {
      return InetAddress.getByName(h).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
