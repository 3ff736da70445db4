package dev.ascform.model.form;

/**
 * A boolean.
 *
 * @param description what true means, or null
 */
public record Flag(String description) implements Type {
  /** A boolean without a description. */
  public static Flag plain() {
    return new Flag(null);
  }
}
