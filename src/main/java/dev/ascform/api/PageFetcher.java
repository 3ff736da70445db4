package dev.ascform.api;

/** Fetches a page by the absolute URL Apple gave in {@code links.next}. */
public interface PageFetcher {
  /** GETs {@code url} (through the same auth, retry and stats as every call) and decodes it. */
  default <T> T fetch(String url, Class<T> type) {
    return decode(fetchBody(url), url, type);
  }

  /** GETs {@code url} like {@link #fetch}, returning the body undecoded. */
  byte[] fetchBody(String url);

  /** Decodes a body {@link #fetchBody} returned for {@code url}. */
  <T> T decode(byte[] body, String url, Class<T> type);
}
