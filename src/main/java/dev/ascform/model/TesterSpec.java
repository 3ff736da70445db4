package dev.ascform.model;

import dev.ascform.diag.SourcePos;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A beta tester in a group, keyed by email (names cannot be changed once the tester exists). */
public record TesterSpec(
    String email, Optional<String> firstName, Optional<String> lastName, SourcePos pos) {
  public TesterSpec {
    Objects.requireNonNull(email, "email");
    firstName = Copies.opt(firstName);
    lastName = Copies.opt(lastName);
    Objects.requireNonNull(pos, "pos");
  }

  public String normalizedEmail() {
    return email.toLowerCase(Locale.ROOT);
  }
}
