package dev.ascform.sandbox.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The whole simulated account: team, resources by type in creation order, registered API keys,
 * device registrations per family in the membership year, and accepted invitations (answered with
 * 410). Not thread-safe: the server serialises access by synchronising on the account.
 */
public final class Account {
  private Team team;
  private final Map<String, LinkedHashMap<String, Entity>> resources = new TreeMap<>();
  private final List<ApiKeyRecord> keys = new ArrayList<>();
  private final Map<String, Integer> deviceRegistrations = new TreeMap<>();
  private final Set<String> acceptedInvitations = new HashSet<>();

  /**
   * Reverse indexes kept while {@link #readOnly} runs (null otherwise): nothing changes meanwhile.
   */
  private Map<String, Map<String, List<String>>> reverseCache;

  public Account(Team team) {
    this.team = team;
  }

  public Team team() {
    return team;
  }

  public void team(Team team) {
    this.team = team;
  }

  /** The entity of a type with this id, if any. */
  public Optional<Entity> find(String type, String id) {
    LinkedHashMap<String, Entity> byId = resources.get(type);
    return Optional.ofNullable(byId == null ? null : byId.get(id));
  }

  /** All entities of a type in creation order (a copy). */
  public List<Entity> all(String type) {
    LinkedHashMap<String, Entity> byId = resources.get(type);
    return byId == null ? new ArrayList<>() : new ArrayList<>(byId.values());
  }

  /** Stores (or replaces) an entity. */
  public void put(Entity entity) {
    resources.computeIfAbsent(entity.type(), k -> new LinkedHashMap<>()).put(entity.id(), entity);
  }

  /** Removes an entity and every stored reference to it. */
  public void remove(String type, String id) {
    LinkedHashMap<String, Entity> byId = resources.get(type);
    if (byId != null) {
      byId.remove(id);
    }
    for (LinkedHashMap<String, Entity> entities : resources.values()) {
      for (Entity e : entities.values()) {
        e.relationships().values().forEach(ids -> ids.remove(id));
      }
    }
  }

  /** Resource types that hold at least one entity. */
  public Set<String> types() {
    return resources.keySet();
  }

  public List<ApiKeyRecord> keys() {
    return keys;
  }

  /** Registrations counted this membership year per device family (disabled devices count). */
  public Map<String, Integer> deviceRegistrations() {
    return deviceRegistrations;
  }

  /** Ids of invitations that were accepted (reads answer 410 GONE). */
  public Set<String> acceptedInvitations() {
    return acceptedInvitations;
  }

  /**
   * For every entity of {@code type}, keyed by each id its stored relationship {@code back} lists:
   * the ids of those entities, in creation order, each once. One pass over the type instead of one
   * per entity asked about (a page of 200 testers would otherwise scan every group 200 times).
   * Memoised while a {@link #readOnly} call runs.
   */
  public Map<String, List<String>> reverseIndex(String type, String back) {
    if (reverseCache != null) {
      return reverseCache.computeIfAbsent(type + "\u0000" + back, k -> buildReverse(type, back));
    }
    return buildReverse(type, back);
  }

  private Map<String, List<String>> buildReverse(String type, String back) {
    Map<String, List<String>> index = new HashMap<>();
    LinkedHashMap<String, Entity> byId = resources.get(type);
    if (byId == null) {
      return index;
    }
    for (Entity other : byId.values()) {
      List<String> targets = other.relationships().get(back);
      if (targets == null) {
        continue;
      }
      for (String target : targets) {
        List<String> ids = index.computeIfAbsent(target, k -> new ArrayList<>(2));
        if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(other.id())) {
          ids.add(other.id());
        }
      }
    }
    return index;
  }

  /**
   * Runs a request that changes nothing (a read), letting reverse relationships be indexed once for
   * the whole request. The caller holds the account's lock.
   */
  public <T> T readOnly(Supplier<T> read) {
    reverseCache = new HashMap<>();
    try {
      return read.get();
    } finally {
      reverseCache = null;
    }
  }
}
