package dev.ascform.model.form;

import java.util.List;
import java.util.Optional;

/**
 * An object with declared fields; any other key is refused.
 *
 * @param fields its fields, in config order (the order ascform writes them)
 * @param nullable true when the value may also be null ({@code GAME_CENTER:} alone)
 * @param minFields the fewest fields present, or null
 * @param description what it means, or null
 */
public record Obj(List<Field> fields, boolean nullable, Integer minFields, String description)
    implements Type {
  public Obj {
    fields = List.copyOf(fields);
    if (fields.stream().map(Field::name).distinct().count() != fields.size()) {
      throw new IllegalArgumentException("a field declared twice in " + fields);
    }
  }

  /** An object of these fields. */
  public static Obj of(Field... fields) {
    return new Obj(List.of(fields), false, null, null);
  }

  public Obj describe(String text) {
    return new Obj(fields, nullable, minFields, text);
  }

  /** The same object, or null. */
  public Obj orNull() {
    return new Obj(fields, true, minFields, description);
  }

  /** The same object with at least {@code n} fields. */
  public Obj atLeast(int n) {
    return new Obj(fields, nullable, n, description);
  }

  /** The declared field with this name. */
  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** A new entry of this object, to fill with declared fields. */
  public Entry entry() {
    return new Entry(this);
  }
}
