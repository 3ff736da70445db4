package dev.ascform.config;

import dev.ascform.diag.DidYouMean;
import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?" for the config checks: see {@link DidYouMean}. */
final class Suggestions {
  private Suggestions() {}

  /** The closest candidate, if it is close enough to be a likely typo. */
  static Optional<String> closest(String word, Collection<String> candidates) {
    return DidYouMean.closest(word, candidates);
  }

  /** {@code " (did you mean 'x'?)"}, or an empty string when nothing is close. */
  static String didYouMean(String word, Collection<String> candidates) {
    return DidYouMean.suggest(word, candidates);
  }

  /** Levenshtein edit distance. */
  static int distance(String a, String b) {
    return DidYouMean.distance(a, b);
  }
}
