package dev.ascform.api.jsonapi;

import dev.ascform.api.http.AscApiException;

/**
 * An attribute of a live resource holds a value ascform cannot read (a date that is not a date-time
 * in any form Apple uses). The message names the resource type, its id, the attribute and the
 * value, never a {@code java.time} message.
 */
public final class UnreadableValueException extends AscApiException {
  public UnreadableValueException(Resource r, String attribute, String value, String expected) {
    super(
        "Apple's "
            + r.type()
            + " resource "
            + r.id()
            + " has "
            + attribute
            + " '"
            + value
            + "', which is not "
            + expected
            + "; ascform cannot read it",
        "GET",
        null,
        null);
  }
}
