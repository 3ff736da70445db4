package dev.ascform.model.form;

import java.util.List;

/**
 * A value written in one of several forms, each of a different JSON type: a list of names, the word
 * {@code all}, or a selector object. The forms are told apart by their JSON type alone.
 *
 * @param forms the forms, each a {@link Text}, {@link Num}, {@link ListOf} or {@link Obj}
 * @param description what it means, or null
 */
public record OneOf(List<Type> forms, String description) implements Type {
  public OneOf {
    forms = List.copyOf(forms);
    for (Type f : forms) {
      if (!(f instanceof Text || f instanceof Num || f instanceof ListOf || f instanceof Obj)) {
        throw new IllegalArgumentException(
            "a form of a one-of is text, a number, a list or an object: " + f);
      }
    }
  }

  /** A value in one of {@code forms}. */
  public static OneOf of(String description, Type... forms) {
    return new OneOf(List.of(forms), description);
  }
}
