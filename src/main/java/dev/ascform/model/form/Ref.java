package dev.ascform.model.form;

/**
 * A value of a named definition ({@code $defs}), with an optional description of this use.
 *
 * @param def the definition
 * @param description what the value means here, or null
 */
public record Ref(Def def, String description) implements Type {
  /** A use of {@code def} without a description of its own. */
  public static Ref to(Def def) {
    return new Ref(def, null);
  }
}
