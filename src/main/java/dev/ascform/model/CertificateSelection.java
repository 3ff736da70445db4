package dev.ascform.model;

import java.util.List;
import java.util.Objects;

/** Which certificates a profile includes: named ones, or every declared one of a type. */
public sealed interface CertificateSelection {

  /** The certificates with these local names. */
  record Named(List<String> keys) implements CertificateSelection {
    public Named {
      keys = List.copyOf(keys);
    }
  }

  /** Every certificate declared in config with this type. */
  record AllOfType(CertificateType type) implements CertificateSelection {
    public AllOfType {
      Objects.requireNonNull(type, "type");
    }
  }
}
