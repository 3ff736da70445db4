package dev.ascform.model.form;

import java.util.List;

/**
 * The whole config format: its top-level parts in order, and the definitions written first.
 *
 * @param id the schema's {@code $id}
 * @param title the schema's title
 * @param description the schema's description
 * @param localName the definition of a local name ({@link LocalName} refers to it)
 * @param shared definitions written first in {@code $defs}, in order (after {@code localName})
 * @param parts the top-level keys and their types, in order
 */
public record Document(
    String id,
    String title,
    String description,
    Def localName,
    List<Def> shared,
    List<Part> parts) {
  public Document {
    shared = List.copyOf(shared);
    parts = List.copyOf(parts);
  }

  /**
   * A top-level key of the config.
   *
   * @param name the key ({@code account}, {@code devices})
   * @param type its value's type
   */
  public record Part(String name, Type type) {
    /** A section of named entries. */
    public static Part of(Section s) {
      return new Part(s.name(), s.type());
    }
  }
}
