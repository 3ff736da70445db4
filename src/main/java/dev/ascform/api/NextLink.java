package dev.ascform.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Picks {@code links.next} out of a JSON:API document without decoding it: the top-level members
 * are walked and every one but {@code links} is skipped unread. A few hundred kilobytes of testers
 * take a fraction of their full decoding.
 */
final class NextLink {
  private static final JsonFactory JSON = new JsonFactory();

  private NextLink() {}

  /** The document's {@code links.next}, or null when it has none or is not a JSON object. */
  static String peek(byte[] body) {
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String member = p.currentName();
        JsonToken value = p.nextToken();
        if (!"links".equals(member) || value != JsonToken.START_OBJECT) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken v = p.nextToken();
          if ("next".equals(name)) {
            return v == JsonToken.VALUE_STRING ? p.getText() : null;
          }
          p.skipChildren();
        }
        return null;
      }
      return null;
    } catch (IOException e) {
      return null; // the full decoding reports what is wrong with the body
    }
  }
}
