package dev.ascform.api;

/** Fetches a page by the absolute URL Apple gave in {@code links.next}. */
@FunctionalInterface
public interface PageFetcher {
  /** GETs {@code url} (through the same auth, retry and stats as every call) and decodes it. */
  <T> T fetch(String url, Class<T> type);
}
