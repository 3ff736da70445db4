package dev.ascform.model.form;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One string of a fixed list.
 *
 * @param values the accepted strings, in the order editors list them
 * @param description what it means, or null
 */
public record Choice(List<String> values, String description) implements Type {
  public Choice {
    values = List.copyOf(values);
  }

  /** The names of a Java enum's constants, in declaration order. */
  public static Choice of(Class<? extends Enum<?>> type) {
    return new Choice(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(), null);
  }

  /** The names of a Java enum's constants in lower case ({@code create}, {@code adopt}). */
  public static Choice lowerCaseOf(Class<? extends Enum<?>> type) {
    return new Choice(
        Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList(),
        null);
  }

  /** Exactly these strings. */
  public static Choice of(String... values) {
    return new Choice(List.of(values), null);
  }

  public Choice describe(String text) {
    return new Choice(values, text);
  }
}
