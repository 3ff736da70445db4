package dev.ascform.sandbox.resources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ascform.sandbox.http.ApiException;
import dev.ascform.sandbox.http.Query;
import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Filters and sorts entities as Apple does. {@code filter[id]} and relationship filters match ids;
 * text attributes in {@link Types#SUBSTRING_FILTERS} match substrings case-insensitively; other
 * attributes match whole values (any of the comma-separated ones); array attributes match when they
 * hold any value. Internal fields named like the filter (e.g. {@code preReleaseVersion.version})
 * are matched too. An entity without the filtered field never matches (e.g. {@code
 * filter[appStoreVersions.platform]}: the sandbox has no App Store versions).
 */
public final class Finder {
  private Finder() {}

  /** The entities that pass every filter in the query, sorted as requested. */
  public static List<Entity> select(
      Account account, String type, List<Entity> candidates, Query query) {
    List<Entity> out = new ArrayList<>();
    for (Entity e : candidates) {
      if (matchesAll(account, e, query.filters())) {
        out.add(e);
      }
    }
    List<String> sort = query.list("sort");
    if (sort.isEmpty()) {
      return out;
    }
    // Each entity's sort values are looked up once, not once per comparison.
    List<Sorted> keyed = new ArrayList<>(out.size());
    for (Entity e : out) {
      String[] values = new String[sort.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = sortValue(e, field(sort.get(i)));
      }
      keyed.add(new Sorted(e, values));
    }
    keyed.sort(comparator(sort));
    List<Entity> sorted = new ArrayList<>(keyed.size());
    keyed.forEach(k -> sorted.add(k.entity()));
    return sorted;
  }

  private static boolean matchesAll(Account account, Entity e, Map<String, List<String>> filters) {
    for (Map.Entry<String, List<String>> f : filters.entrySet()) {
      if (!matches(account, e, f.getKey(), f.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(Account account, Entity e, String key, List<String> values) {
    if (key.equals("id")) {
      return values.contains(e.id());
    }
    var rel = Types.rel(e.type(), key);
    if (rel.isPresent()) {
      return rel.get().ids(account, e).stream().anyMatch(values::contains);
    }
    JsonNode node = e.attributes().has(key) ? e.attributes().get(key) : e.internal().get(key);
    if (node == null || node.isNull()) {
      return false;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (values.contains(item.asText())) {
          return true;
        }
      }
      return false;
    }
    String actual = node.asText();
    boolean substring = Types.SUBSTRING_FILTERS.contains(key);
    for (String v : values) {
      if (substring
          ? actual.toLowerCase(Locale.ROOT).contains(v.toLowerCase(Locale.ROOT))
          : actual.equalsIgnoreCase(v)) {
        return true;
      }
    }
    return false;
  }

  private record Sorted(Entity entity, String[] values) {}

  private static String field(String key) {
    return key.startsWith("-") ? key.substring(1) : key;
  }

  private static Comparator<Sorted> comparator(List<String> keys) {
    Comparator<Sorted> result = null;
    for (int i = 0; i < keys.size(); i++) {
      int index = i;
      Comparator<Sorted> c =
          Comparator.comparing(
              s -> s.values()[index], Comparator.nullsLast(Comparator.naturalOrder()));
      if (keys.get(i).startsWith("-")) {
        c = c.reversed();
      }
      result = result == null ? c : result.thenComparing(c);
    }
    return result;
  }

  private static String sortValue(Entity e, String field) {
    if (field.equals("id")) {
      return e.id();
    }
    JsonNode node = e.attributes().has(field) ? e.attributes().get(field) : e.internal().get(field);
    return node == null || node.isNull() ? null : node.asText();
  }

  /** The entity or 404. */
  public static Entity require(Account account, String type, String id) {
    return account.find(type, id).orElseThrow(() -> ApiException.notFound(type, id));
  }
}
