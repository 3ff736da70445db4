package dev.ascform.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one name of a managed resource: {@code kind.name}, e.g. {@code bundle_id.main_app}, {@code
 * capability.main_app.push_notifications} or {@code beta_tester.qa/dan@acme.com}.
 *
 * <p>The kind is a lower-case identifier without dots; the name is everything after the first dot
 * and may itself contain dots, slashes and {@code @}. Addresses sort by kind, then name.
 */
public record Address(String kind, String name) implements Comparable<Address> {
  private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]*");

  /** Validates both parts; throws {@link IllegalArgumentException} with the offending text. */
  public Address {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (!KIND.matcher(kind).matches()) {
      throw new IllegalArgumentException(
          "invalid resource kind \"" + kind + "\": use lower-case letters, digits and _");
    }
    if (name.isEmpty() || name.chars().anyMatch(c -> Character.isWhitespace(c) || c < 0x20)) {
      throw new IllegalArgumentException(
          "invalid resource name \""
              + name
              + "\" in kind "
              + kind
              + ": it must be non-empty"
              + " and contain no spaces");
    }
  }

  /** Parses {@code kind.name}; the kind ends at the first dot. */
  @JsonCreator
  public static Address parse(String text) {
    Objects.requireNonNull(text, "address");
    int dot = text.indexOf('.');
    if (dot <= 0 || dot == text.length() - 1) {
      throw new IllegalArgumentException(
          "invalid address \"" + text + "\": expected KIND.NAME, e.g. bundle_id.main_app");
    }
    return new Address(text.substring(0, dot), text.substring(dot + 1));
  }

  /** Shorthand for {@code new Address(kind, name)}. */
  public static Address of(String kind, String name) {
    return new Address(kind, name);
  }

  @Override
  public int compareTo(Address other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : name.compareTo(other.name);
  }

  @JsonValue
  @Override
  public String toString() {
    return kind + "." + name;
  }
}
