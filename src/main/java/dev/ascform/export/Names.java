package dev.ascform.export;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Readable, unique, deterministic local names for one kind: {@code "Alice's iPhone 15"} becomes
 * {@code alice_s_iphone_15}; a second resource deriving the same name gets {@code _2}, {@code _3}.
 * Callers assign names in natural-key order so the same account always gets the same names.
 */
public final class Names {
  /** The longest local name the config accepts. */
  public static final int MAX_LENGTH = 64;

  private final Set<String> taken = new HashSet<>();
  private final Map<String, String> byKey = new HashMap<>();

  /** Lower-case snake case: letters and digits, {@code _} between words, starting with a letter. */
  public static String snake(String text, String fallback) {
    String ascii =
        Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    String s = ascii.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (s.isEmpty()) {
      return fallback;
    }
    return Character.isLetter(s.charAt(0)) ? s : fallback + "_" + s;
  }

  /**
   * A bundle identifier without its reverse-DNS domain: {@code com.acme.notes.widget} gives {@code
   * notes_widget}; {@code com.acme.*} gives {@code acme_all}.
   */
  public static String ofIdentifier(String identifier) {
    String id = identifier == null ? "" : identifier.replace("*", "all");
    String[] parts = id.split("\\.");
    int from = parts.length > 2 ? 2 : parts.length > 1 ? 1 : 0;
    return snake(String.join("_", Arrays.copyOfRange(parts, from, parts.length)), "app");
  }

  /** Gives {@code key} a name derived from {@code base}, unique among this kind's names. */
  public String assign(String key, String base) {
    String existing = byKey.get(key);
    if (existing != null) {
      return existing;
    }
    String name = fit(base, "");
    for (int i = 2; !taken.add(name); i++) {
      name = fit(base, "_" + i);
    }
    byKey.put(key, name);
    return name;
  }

  /**
   * {@code base} cut so that it and {@code suffix} fit the config's {@value #MAX_LENGTH} characters
   * (the schema's limit for local names; a longer Apple name exported a key the config refused,
   * found by the laws, issue #21), without a trailing {@code _} before the suffix.
   */
  static String fit(String base, String suffix) {
    int room = MAX_LENGTH - suffix.length();
    String cut = base.length() <= room ? base : base.substring(0, room).replaceAll("_+$", "");
    return cut + suffix;
  }

  /** The name assigned to {@code key}, or null. */
  public String get(String key) {
    return byKey.get(key);
  }
}
