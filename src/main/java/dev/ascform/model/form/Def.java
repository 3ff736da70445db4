package dev.ascform.model.form;

/**
 * A named type, written once in the schema's {@code $defs} and referenced from each use.
 *
 * @param name the definition's name ({@code BundleId})
 * @param type its type
 */
public record Def(String name, Type type) {
  /**
   * A new entry of this definition's object.
   *
   * @throws IllegalStateException when the definition is not an object
   */
  public Entry entry() {
    if (type instanceof Obj o) {
      return new Entry(o, name);
    }
    throw new IllegalStateException(name + " is not an object");
  }
}
