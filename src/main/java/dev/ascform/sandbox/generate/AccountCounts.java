package dev.ascform.sandbox.generate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many resources of each type a generated account holds, and the request counts that follow
 * from them (docs/PERFORMANCE.md explains the formulas).
 *
 * @param collections resources per top-level collection, keyed by the API path's type name ({@code
 *     bundleIds}, {@code devices}, ...), in reading order
 * @param capabilities bundle ID capabilities (read through {@code include}, not a collection)
 * @param memberships tester-in-group memberships (read through {@code include})
 */
public record AccountCounts(Map<String, Integer> collections, int capabilities, int memberships) {
  /** Apple's largest page. */
  public static final int PAGE = 200;

  public AccountCounts {
    collections = Collections.unmodifiableMap(new LinkedHashMap<>(collections));
  }

  /** Pages needed to list {@code n} resources, at least one request even when empty. */
  public static int pages(int n) {
    return Math.max(1, (n + PAGE - 1) / PAGE);
  }

  /** Resources in one collection (0 when unknown). */
  public int count(String collection) {
    return collections.getOrDefault(collection, 0);
  }

  /** Pages of one collection. */
  public int pages(String collection) {
    return pages(count(collection));
  }

  /**
   * The fewest requests that read the whole account: one per page of 200 for every top-level
   * collection; capabilities, visible apps, group builds and group memberships come with their
   * parents through {@code include} (each under Apple's cap of 50), and profile devices and
   * certificates are in the profile content, so no relationship read is unavoidable.
   */
  public int lowerBound() {
    int sum = 0;
    for (String c : collections.keySet()) {
      sum += pages(c);
    }
    return sum;
  }

  /** The longest chain of pages that must be read one after another (pages follow a cursor). */
  public int longestChain() {
    int max = 0;
    for (String c : collections.keySet()) {
      max = Math.max(max, pages(c));
    }
    return max;
  }

  /** What a one-request-per-resource refresh (as a Terraform provider does) would spend. */
  public int perResource() {
    int sum = capabilities + memberships;
    for (int n : collections.values()) {
      sum += n;
    }
    return sum;
  }
}
