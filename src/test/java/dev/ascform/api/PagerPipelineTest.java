package dev.ascform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ascform.api.http.PagingException;
import dev.ascform.api.jsonapi.CollectionDocument;
import dev.ascform.api.jsonapi.Resource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The pager requests page n+1 as soon as page n's body is in, before decoding page n: with a
 * fetcher whose decoding of page 2 waits until page 3 has been asked for, a pager that decoded
 * first would never get there.
 */
class PagerPipelineTest {
  private static final ObjectMapper MAPPER = AscClient.newMapper();

  private static String page(int n, String next) {
    return "{\"data\":[{\"type\":\"devices\",\"id\":\"D"
        + n
        + "\",\"attributes\":{}}],"
        + "\"links\":{\"self\":\"http://h/v1/devices?p="
        + n
        + "\""
        + (next == null ? "" : ",\"next\":\"" + next + "\"")
        + "}}";
  }

  private static CollectionDocument decode(String json) {
    try {
      return MAPPER.readValue(json, CollectionDocument.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Serves bodies by URL; records requests; page 2's decoding waits for page 3's request. */
  static final class Fetcher implements PageFetcher {
    final Map<String, String> bodies = new ConcurrentHashMap<>();
    final List<String> requested = new CopyOnWriteArrayList<>();
    final CountDownLatch thirdAsked = new CountDownLatch(1);
    volatile boolean decodedSecondAfterThirdAsked;

    @Override
    public byte[] fetchBody(String url) {
      requested.add(url);
      if (url.endsWith("p=3")) {
        thirdAsked.countDown();
      }
      return bodies.get(url).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public <T> T decode(byte[] body, String url, Class<T> type) {
      if (url.endsWith("p=2")) {
        try {
          decodedSecondAfterThirdAsked = thirdAsked.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      try {
        return MAPPER.readValue(body, type);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void asksForTheNextPageBeforeDecodingThisOne() {
    Fetcher f = new Fetcher();
    f.bodies.put("http://h/v1/devices?p=2", page(2, "http://h/v1/devices?p=3"));
    f.bodies.put("http://h/v1/devices?p=3", page(3, null));
    PagedResult all = new Pager(f, 100).all(() -> decode(page(1, "http://h/v1/devices?p=2")));

    assertThat(all.data()).extracting(Resource::id).containsExactly("D1", "D2", "D3");
    assertThat(all.pages()).isEqualTo(3);
    assertThat(f.requested).containsExactly("http://h/v1/devices?p=2", "http://h/v1/devices?p=3");
    assertThat(f.decodedSecondAfterThirdAsked).isTrue();
  }

  @Test
  void aPageWhoseNextLinkReadsTwoWaysIsRefused() {
    Fetcher f = new Fetcher();
    // two "links" members: the first is what the look-ahead followed, the decoding keeps the last
    f.bodies.put(
        "http://h/v1/devices?p=2",
        "{\"data\":[],\"links\":{\"next\":\"http://h/v1/devices?p=3\"},"
            + "\"links\":{\"next\":\"http://h/v1/devices?p=9\"}}");
    f.bodies.put("http://h/v1/devices?p=3", page(3, null));
    f.thirdAsked.countDown();
    assertThatThrownBy(
            () -> new Pager(f, 100).all(() -> decode(page(1, "http://h/v1/devices?p=2"))))
        .isInstanceOf(PagingException.class)
        .hasMessageContaining("links.next");
  }

  @Test
  void neverAsksAheadForALinkAlreadyFollowed() {
    Fetcher f = new Fetcher();
    f.bodies.put("http://h/v1/devices?p=2", page(2, "http://h/v1/devices?p=2"));
    f.thirdAsked.countDown();
    assertThatThrownBy(
            () -> new Pager(f, 100).all(() -> decode(page(1, "http://h/v1/devices?p=2"))))
        .isInstanceOf(PagingException.class);
    assertThat(f.requested).containsExactly("http://h/v1/devices?p=2");
  }
}
