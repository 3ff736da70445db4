package dev.ascform.secrets;

import java.util.Objects;

/** The passphrase protecting the secret store. Never printed: {@link #toString} hides it. */
public final class Passphrase {
  /** The environment variable holding it. */
  public static final String ENV = "ASCFORM_SECRETS_PASSPHRASE";

  private final char[] chars;

  public Passphrase(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new SecretsException(ENV + " is empty; give it a passphrase");
    }
    this.chars = value.toCharArray();
  }

  /** A copy of the characters. */
  public char[] chars() {
    return chars.clone();
  }

  @Override
  public String toString() {
    return "Passphrase[hidden]";
  }
}
