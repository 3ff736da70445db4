package dev.ascform.live;

import dev.ascform.model.DesiredState;
import dev.ascform.plan.Address;
import dev.ascform.plan.Desired;
import dev.ascform.plan.KindRules;
import java.util.List;
import java.util.Map;

/**
 * A kind's read side, on top of its planning rules ({@link KindRules}): what the {@link LiveReader}
 * needs to pair a kind's desired resources from the config with its live ones. Owned here so that
 * the reader knows kinds only through this interface; {@code kinds.KindOps} extends it with the
 * write side.
 *
 * @param <D> the desired resource type
 * @param <L> the live resource type
 */
public interface ReadOps<D, L> extends KindRules<D, L> {

  /** This kind's desired resources in the config, by address, with {@code prevent_destroy}. */
  Map<Address, Desired<D>> desired(DesiredState state);

  /**
   * Every live resource of this kind in the account. Read through {@link LiveReads#shared} so that
   * kinds needing the same collection read it once; read completely (every page, every relationship
   * beyond Apple's include cap).
   */
  List<L> readAll(LiveReads reads);

  /**
   * Starts, without waiting, the shared reads {@link #readAll} will ask for, longest first ({@link
   * LiveReads#prefetch}), so that reads it would otherwise make one after another (the apps, then
   * the users, then the groups, then the testers) overlap. Called for every kind in scope before
   * any {@code readAll}. Reads nothing a run without prefetching would not read.
   */
  default void prefetch(LiveReads reads) {}

  /**
   * The values of this live resource that are not among the enumerations this version knows ({@code
   * platform 'VISION_OS'}): the read warns about each and keeps the resource as Apple sent it, and
   * export leaves it out. None by default.
   */
  default List<String> unknownValues(L live) {
    return List.of();
  }

  /**
   * The desired resources completed with what only the live read can tell (a certificate adopted by
   * name and type resolves to its serial). Called once per read, after {@link #readAll}; {@code
   * reads} gives other kinds' shared reads without new requests. May throw a {@link
   * dev.ascform.plan.PlanningException} for problems only the live side reveals (Apple's caps).
   */
  default Map<Address, Desired<D>> resolve(
      Map<Address, Desired<D>> desired, List<L> live, LiveReads reads) {
    return desired;
  }
}
