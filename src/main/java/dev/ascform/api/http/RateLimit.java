package dev.ascform.api.http;

/**
 * Apple's {@code X-Rate-Limit: user-hour-lim:3600;user-hour-rem:3597;}: per key, rolling hour.
 *
 * @param limit requests per hour ({@code user-hour-lim})
 * @param remaining requests left in the window ({@code user-hour-rem})
 */
public record RateLimit(int limit, int remaining) {

  /** Parses the header, or returns null when it is absent or lacks either value. */
  public static RateLimit parse(String header) {
    if (header == null) {
      return null;
    }
    Integer lim = null;
    Integer rem = null;
    for (String part : header.split(";")) {
      int colon = part.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = part.substring(0, colon).trim();
      String value = part.substring(colon + 1).trim();
      try {
        if (key.equals("user-hour-lim")) {
          lim = Integer.parseInt(value);
        } else if (key.equals("user-hour-rem")) {
          rem = Integer.parseInt(value);
        }
      } catch (NumberFormatException ignored) {
        return null;
      }
    }
    return lim == null || rem == null || lim <= 0 ? null : new RateLimit(lim, rem);
  }
}
