package dev.ascform.model.form;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A config entry being written (by {@code export}, by the sandbox's generator): only declared
 * fields are accepted, and {@link #build()} gives them in the declaration's order whatever order
 * they were put in. A field the declaration does not have is a programming error.
 */
public final class Entry {
  private final Obj form;
  private final String where;
  private final Map<String, Object> values = new HashMap<>();

  Entry(Obj form) {
    this(form, "an object");
  }

  Entry(Obj form, String where) {
    this.form = form;
    this.where = where;
  }

  /**
   * Sets a field (strings, booleans, numbers, lists, maps; enums are written by name).
   *
   * @throws IllegalArgumentException when the object declares no such field
   */
  public Entry put(String field, Object value) {
    declared(field);
    values.put(field, value instanceof Enum<?> e ? e.name() : value);
    return this;
  }

  /** Sets a field when {@code value} is not null. */
  public Entry putIfPresent(String field, Object value) {
    declared(field);
    return value == null ? this : put(field, value);
  }

  /**
   * A new entry of the object a field holds (directly, by a definition, or as the object form of a
   * {@link OneOf}), to build a nested value the same way.
   *
   * @throws IllegalArgumentException when there is no such field or it holds no object
   */
  public Entry nested(String field) {
    Type t = resolve(declared(field).type());
    if (t instanceof OneOf o) {
      t = o.forms().stream().filter(f -> f instanceof Obj).findFirst().orElse(t);
    }
    if (t instanceof Obj obj) {
      return new Entry(obj, where + "." + field);
    }
    throw new IllegalArgumentException(where + "." + field + " holds no object");
  }

  /**
   * A new entry of one item of the list of objects a field holds (directly, by a definition, or as
   * the list form of a {@link OneOf}): a tester of a beta group, a build.
   *
   * @throws IllegalArgumentException when there is no such field or it holds no list of objects
   */
  public Entry item(String field) {
    Type t = resolve(declared(field).type());
    if (t instanceof OneOf o) {
      t = o.forms().stream().filter(f -> f instanceof ListOf).findFirst().orElse(t);
    }
    if (t instanceof ListOf l && resolve(l.items()) instanceof Obj obj) {
      return new Entry(obj, where + "." + field + "[]");
    }
    throw new IllegalArgumentException(where + "." + field + " holds no list of objects");
  }

  private static Type resolve(Type t) {
    return t instanceof Ref r ? resolve(r.def().type()) : t;
  }

  /** The fields set, in declared order. */
  public Map<String, Object> build() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Field f : form.fields()) {
      if (values.containsKey(f.name())) {
        out.put(f.name(), values.get(f.name()));
      }
    }
    return out;
  }

  private Field declared(String field) {
    return form.field(field)
        .orElseThrow(
            () -> new IllegalArgumentException(where + " declares no field \"" + field + "\""));
  }
}
