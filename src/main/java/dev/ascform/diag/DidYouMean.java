package dev.ascform.diag;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean …?" by Levenshtein distance, for misspelled keys, names, enum values and addresses;
 * shared by the config checks and the planner.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /** The closest candidate, if it is close enough to be a likely typo. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String w = word.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      String lc = c.toLowerCase(Locale.ROOT);
      int d = distance(w, lc);
      if (w.length() >= 4 && (lc.startsWith(w) || w.startsWith(lc))) {
        d = Math.min(d, 1); // a prefix is a likely slip: private_key -> private_key_env
      }
      if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
        best = c;
        bestDistance = d;
      }
    }
    if (best == null || best.equals(word)) {
      return Optional.empty();
    }
    int allowed = Math.max(2, Math.min(word.length(), best.length()) / 3);
    return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** {@code " (did you mean 'x'?)"}, or an empty string when nothing is close. */
  public static String suggest(String word, Collection<String> candidates) {
    return closest(word, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
  }

  /** Levenshtein edit distance. */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
