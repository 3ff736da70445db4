package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A relationship the sandbox renders: its name, the target type, whether it is to-many, and how to
 * find the related ids (stored on the entity, or the reverse of another type's stored
 * relationship).
 */
public record Rel(
    String name, String target, boolean many, BiFunction<Account, Entity, List<String>> resolver) {

  /** A relationship stored on the entity under the same name. */
  public static Rel stored(String name, String target, boolean many) {
    return new Rel(name, target, many, (a, e) -> new ArrayList<>(e.rel(name)));
  }

  /** Entities of {@code target} whose stored relationship {@code back} points at this entity. */
  public static Rel reverse(String name, String target, String back) {
    return new Rel(
        name,
        target,
        true,
        (a, e) -> new ArrayList<>(a.reverseIndex(target, back).getOrDefault(e.id(), List.of())));
  }

  /** The related ids for an entity. */
  public List<String> ids(Account account, Entity entity) {
    return resolver.apply(account, entity);
  }
}
