package dev.ascform.model.form;

/**
 * A list.
 *
 * @param items the type of every item
 * @param minItems the fewest items, or null
 * @param noDuplicates true when no item may appear twice
 * @param description what it means, or null
 */
public record ListOf(Type items, Integer minItems, boolean noDuplicates, String description)
    implements Type {

  /** A list of {@code items}, possibly empty, duplicates allowed. */
  public static ListOf of(Type items) {
    return new ListOf(items, null, false, null);
  }

  /** The same list without duplicates. */
  public ListOf unique() {
    return new ListOf(items, minItems, true, description);
  }

  /** The same list with at least {@code n} items. */
  public ListOf atLeast(int n) {
    return new ListOf(items, n, noDuplicates, description);
  }
}
