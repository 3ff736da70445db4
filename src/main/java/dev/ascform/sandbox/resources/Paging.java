package dev.ascform.sandbox.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Request;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page of a list. The cursor is opaque to clients (base64url of {@code {"offset":"N"}}, as
 * Apple's look); {@code links.next} repeats the request with the next cursor.
 */
record Paging(int from, int to, int total, int limit) {
  private static final Pattern OFFSET = Pattern.compile("\\{\"offset\":\"(\\d+)\"}");

  static Paging of(Request req, int total) {
    int limit = req.query().limit();
    int from = req.query().get("cursor").map(Paging::decode).orElse(0);
    from = Math.min(from, total);
    return new Paging(from, Math.min(total, from + limit), total, limit);
  }

  void render(Request req, ObjectNode doc) {
    ObjectNode links = doc.putObject("links").put("self", Documents.selfLink(req));
    ObjectNode paging =
        doc.putObject("meta").putObject("paging").put("total", total).put("limit", limit);
    if (to < total) {
      String cursor = encode(to);
      paging.put("nextCursor", cursor);
      links.put("next", nextLink(req, cursor));
    }
  }

  private static String nextLink(Request req, String cursor) {
    StringBuilder q = new StringBuilder();
    if (req.rawQuery() != null) {
      for (String pair : req.rawQuery().split("&")) {
        if (!pair.isEmpty() && !pair.startsWith("cursor=")) {
          q.append(q.length() == 0 ? "" : "&").append(pair);
        }
      }
    }
    q.append(q.length() == 0 ? "" : "&").append("cursor=").append(cursor);
    return req.baseUrl() + req.rawPath() + "?" + Documents.encodeQuery(q.toString());
  }

  static String encode(int offset) {
    String json = "{\"offset\":\"" + offset + "\"}";
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  static int decode(String cursor) {
    try {
      String json = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      Matcher m = OFFSET.matcher(json);
      if (m.matches()) {
        return Integer.parseInt(m.group(1));
      }
    } catch (IllegalArgumentException e) {
      // fall through to the error
    }
    throw ApiException.parameter(
        "PARAMETER_ERROR.INVALID", "cursor", "The cursor '" + cursor + "' is not valid");
  }
}
