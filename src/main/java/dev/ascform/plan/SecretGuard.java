package dev.ascform.plan;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses to let a secret reach a file ascform writes (state, plan files): a PEM private key, a
 * bare PKCS#8 EC key body, or a JWT. The error names where the value was found, never the value.
 */
public final class SecretGuard {
  private static final List<Pattern> SECRETS =
      List.of(
          Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----"),
          // PKCS#8 EC P-256 key bodies in base64: .p8 and openssl form, and the JDK's shorter form
          Pattern.compile("AgEAMBMGByqGSM49AgEGCCqGSM49AwEHB"),
          Pattern.compile("MEECAQAwEwYHKoZIzj0CAQYIKoZIzj0DAQc"),
          Pattern.compile("eyJ[A-Za-z0-9_-]{4,}\\.eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"));

  private SecretGuard() {}

  /** The shortest text a pattern above can match: {@code eyJxxxx.eyJxxxx.} (16). */
  private static final int SHORTEST = 16;

  /** True when the text looks like a private key or a JWT. */
  public static boolean looksSecret(String text) {
    if (text == null || text.length() < SHORTEST || !mayHoldSecret(text)) {
      return false; // the common case (names, ids, emails), decided without a regex
    }
    for (Pattern p : SECRETS) {
      if (p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** A fast necessary condition: every pattern above contains one of these literals. */
  private static boolean mayHoldSecret(String text) {
    return text.contains("eyJ")
        || text.contains("PRIVATE KEY-----")
        || text.contains("AgEAMBMGByqGSM49AgEGCCqGSM49AwEHB")
        || text.contains("MEECAQAwEwYHKoZIzj0CAQYIKoZIzj0DAQc");
  }

  /**
   * Walks a JSON-like value and throws if any string in it (key or value) looks secret.
   *
   * @param where what the value is, for the message ("state: bundle_id.main attributes")
   * @throws SecretLeakException naming {@code where} and the field path
   */
  public static void check(String where, Object value) {
    if (holdsSecret(value)) {
      walk(where, "", value); // again, building field paths, to say where
    }
  }

  private static boolean holdsSecret(Object value) {
    if (value instanceof String s) {
      return looksSecret(s);
    }
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (looksSecret(String.valueOf(e.getKey())) || holdsSecret(e.getValue())) {
          return true;
        }
      }
    } else if (value instanceof List<?> l) {
      for (Object item : l) {
        if (holdsSecret(item)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void walk(String where, String path, Object value) {
    if (value instanceof String s) {
      if (looksSecret(s)) {
        throw new SecretLeakException(
            "refusing to write what looks like a private key or a JWT"
                + " to "
                + where
                + (path.isEmpty() ? "" : " at " + path)
                + ": secrets never go into ascform's files; check the configuration and the kind's"
                + " attributes");
      }
    } else if (value instanceof Map<?, ?> m) {
      m.forEach(
          (k, v) -> {
            String key = String.valueOf(k);
            walk(where, path, key);
            walk(where, path.isEmpty() ? key : path + "." + key, v);
          });
    } else if (value instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        walk(where, path + "[" + i + "]", l.get(i));
      }
    }
  }

  /** A secret was about to be written. The message never contains the secret. */
  public static final class SecretLeakException extends RuntimeException {
    public SecretLeakException(String message) {
      super(message);
    }
  }
}
