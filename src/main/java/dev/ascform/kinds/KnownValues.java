package dev.ascform.kinds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks live values against the enumerations this version of ascform knows (the model enums, taken
 * from Apple's OpenAPI document). Apple adds values between releases of its document: an unknown
 * value is read and shown as Apple sends it, named in a warning, and never stops a plan ({@link
 * KindOps#unknownValues}).
 */
final class KnownValues {
  private final List<String> out = new ArrayList<>();

  /** Notes {@code field 'value'} when the value is not a constant of {@code known}. */
  <E extends Enum<E>> KnownValues check(String field, String value, Class<E> known) {
    if (value != null
        && Arrays.stream(known.getEnumConstants()).noneMatch(c -> c.name().equals(value))) {
      out.add(field + " '" + value + "'");
    }
    return this;
  }

  /** Notes each value of the list that is not a constant of {@code known}. */
  <E extends Enum<E>> KnownValues checkAll(String field, List<String> values, Class<E> known) {
    values.forEach(v -> check(field, v, known));
    return this;
  }

  /** Notes {@code field 'value'} when the value is not one of {@code known}. */
  KnownValues check(String field, String value, String... known) {
    if (value != null && !Arrays.asList(known).contains(value)) {
      out.add(field + " '" + value + "'");
    }
    return this;
  }

  List<String> unknown() {
    return List.copyOf(out);
  }
}
