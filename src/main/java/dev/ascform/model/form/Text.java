package dev.ascform.model.form;

/**
 * A string.
 *
 * @param pattern a regular expression the whole string matches (anchored by the author), or null
 * @param minLength the least number of characters, or null
 * @param maxLength the most number of characters, or null
 * @param format a JSON Schema format such as {@code email}, or null
 * @param description what it means, or null
 */
public record Text(
    String pattern, Integer minLength, Integer maxLength, String format, String description)
    implements Type {

  /** Any string. */
  public static Text any() {
    return new Text(null, null, null, null, null);
  }

  /** A string that is not empty. */
  public static Text nonEmpty() {
    return any().min(1);
  }

  /** A string matching {@code regex}. */
  public static Text matching(String regex) {
    return any().pattern(regex);
  }

  public Text pattern(String regex) {
    return new Text(regex, minLength, maxLength, format, description);
  }

  public Text min(int length) {
    return new Text(pattern, length, maxLength, format, description);
  }

  public Text max(int length) {
    return new Text(pattern, minLength, length, format, description);
  }

  public Text format(String name) {
    return new Text(pattern, minLength, maxLength, name, description);
  }

  public Text describe(String text) {
    return new Text(pattern, minLength, maxLength, format, text);
  }
}
