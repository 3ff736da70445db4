package dev.ascform.model.form;

/**
 * A local name: the key of an entry in a section, or a reference to one.
 *
 * @param section the section the name refers to ({@code bundle_ids}), or null when the name is an
 *     entry's own key or may name entries of several sections
 * @param description what it means here, or null
 */
public record LocalName(String section, String description) implements Type {
  /** An entry's own key. */
  public static LocalName key() {
    return new LocalName(null, null);
  }

  /** A reference to an entry of {@code section}. */
  public static LocalName in(String section) {
    return new LocalName(section, null);
  }
}
