package dev.ascform.model.form;

/**
 * A field of an object.
 *
 * @param name the key in the config ({@code bundle_id})
 * @param type its value's type
 * @param required true when an entry without it is refused
 */
public record Field(String name, Type type, boolean required) {
  /** A field that must be present. */
  public static Field required(String name, Type type) {
    return new Field(name, type, true);
  }

  /** A field that may be left out. */
  public static Field optional(String name, Type type) {
    return new Field(name, type, false);
  }
}
