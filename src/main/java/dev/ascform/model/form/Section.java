package dev.ascform.model.form;

/**
 * A config section of named entries ({@code devices:}), declared once by its kind.
 *
 * @param name the section's key in the config ({@code devices})
 * @param description what its entries are, for people
 * @param def the named definition of one entry, an {@link Obj}
 */
public record Section(String name, String description, Def def) {
  public Section {
    if (!(def.type() instanceof Obj)) {
      throw new IllegalArgumentException(name + ": an entry is an object, not " + def.type());
    }
  }

  /** The entry's object type. */
  public Obj form() {
    return (Obj) def.type();
  }

  /** A new entry of this section, to fill with declared fields. */
  public Entry entry() {
    return new Entry(form(), name);
  }

  /** The section's value: a map from local names to entries. */
  public Type type() {
    return MapOf.of(LocalName.key(), Ref.to(def)).describe(description);
  }
}
