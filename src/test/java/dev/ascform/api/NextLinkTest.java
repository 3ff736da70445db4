package dev.ascform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The pager's look at links.next before a page is decoded (so the next request can leave). */
class NextLinkTest {
  private static String peek(String json) {
    return NextLink.peek(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void findsNextAfterTheDataAndIncludedItSkips() {
    assertThat(
            peek(
                "{\"data\":[{\"type\":\"betaTesters\",\"id\":\"1\",\"relationships\":"
                    + "{\"links\":{\"next\":\"http://x/not-this\"}}}],\"included\":[{\"links\":{\"next\":\"no\"}}],"
                    + "\"links\":{\"self\":\"http://h/v1/betaTesters\",\"next\":\"http://h/v1/betaTesters?cursor=Mg\"},"
                    + "\"meta\":{\"paging\":{\"total\":3,\"limit\":1}}}"))
        .isEqualTo("http://h/v1/betaTesters?cursor=Mg");
  }

  @Test
  void findsNextWhereverTheLinksMemberIs() {
    assertThat(peek("{\"links\":{\"next\":\"n\",\"self\":\"s\"},\"data\":[]}")).isEqualTo("n");
  }

  @Test
  void noNextWhenAbsentNullOrNotText() {
    assertThat(peek("{\"data\":[],\"links\":{\"self\":\"s\"}}")).isNull();
    assertThat(peek("{\"data\":[],\"links\":{\"self\":\"s\",\"next\":null}}")).isNull();
    assertThat(peek("{\"data\":[],\"links\":{\"next\":{\"href\":\"n\"}}}")).isNull();
    assertThat(peek("{\"data\":[]}")).isNull();
  }

  @Test
  void noNextFromWhatIsNotAJsonObject() {
    assertThat(peek("[{\"links\":{\"next\":\"n\"}}]")).isNull();
    assertThat(peek("<html>rate limited</html>")).isNull();
    assertThat(peek("{\"data\":[1,2")).isNull();
    assertThat(peek("")).isNull();
  }
}
