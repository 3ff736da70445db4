package dev.ascform.sandbox.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

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

  /** Forgets every resource, registration and accepted invitation; keeps team and keys. */
  public void clearResources() {
    resources.clear();
    deviceRegistrations.clear();
    acceptedInvitations.clear();
  }
}
