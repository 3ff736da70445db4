package dev.ascform.api.jsonapi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;

/**
 * A date-time attribute exactly as Apple sent it, with the attribute's name, in the typed views of
 * {@code api.resources.Attributes}. Reading it never fails, whatever the text; {@link
 * Resource#instant(AppleDate)} parses it liberally ({@link AppleDates}) and names the resource and
 * the attribute when it is no date-time at all.
 *
 * @param attribute the attribute's name, e.g. {@code expirationDate}
 * @param text the value as Apple sent it
 */
@JsonDeserialize(using = AppleDate.Reader.class)
public record AppleDate(String attribute, String text) {
  @Override
  public String toString() {
    return text;
  }

  /** Reads a date attribute's value as text, keeping the attribute's name beside it. */
  static final class Reader extends JsonDeserializer<AppleDate> {
    @Override
    public AppleDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String attribute = p.currentName();
      if (p.currentToken().isStructStart()) {
        p.skipChildren();
        return new AppleDate(attribute, ""); // as JsonNode.asText() reads it: no date-time
      }
      return new AppleDate(attribute, p.getValueAsString());
    }
  }
}
