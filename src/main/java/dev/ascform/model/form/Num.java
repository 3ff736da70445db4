package dev.ascform.model.form;

/**
 * A number.
 *
 * @param integer true for whole numbers only
 * @param minimum the least value, or null
 * @param maximum the greatest value, or null
 * @param description what it means, or null
 */
public record Num(boolean integer, Long minimum, Long maximum, String description) implements Type {

  /** A whole number in {@code [minimum, maximum]} (either bound null for none). */
  public static Num whole(Long minimum, Long maximum) {
    return new Num(true, minimum, maximum, null);
  }

  /** Any number (integer or not). */
  public static Num any() {
    return new Num(false, null, null, null);
  }
}
