package dev.ascform.plan;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the planner needs to know about one kind of resource: the SPI a new kind implements,
 * in one file, and lists once in the kind registry.
 *
 * <p>{@code D} is the desired resource (from the config), {@code L} the live one (read from the
 * account). Abilities are declared with trait interfaces: a kind that is not {@link Updatable}
 * replaces on any difference; a kind that is not {@link Deletable} cannot be deleted, and is either
 * {@link Retirable} (devices: disabled instead) or never removed from the account.
 *
 * <p>The attribute maps are what people read in a plan and what the state digests: ordered,
 * JSON-like (strings, numbers, booleans, lists, nested maps), never secret. Both maps use the same
 * field names; {@link #liveAttributes} is normalized so that an unchanged resource gives the same
 * map as its desired side. Fields only the live side has are ignored by the default diff.
 *
 * @param <D> the desired resource type
 * @param <L> the live resource type
 */
public interface KindRules<D, L> {

  /** The kind's name in addresses and state: {@code bundle_id}, {@code device}. */
  String name();

  /** Dependency rank: resources of lower rank are created first and deleted last. */
  int rank();

  /** The singular noun for people: "bundle ID". */
  default String noun() {
    return name().replace('_', ' ');
  }

  /** The plural noun for people: "bundle IDs". */
  default String nounPlural() {
    return noun() + "s";
  }

  /** The natural key of a desired resource (bundle identifier, UDID, group/email, ...). */
  String naturalKey(D desired);

  /** The natural key of a live resource, comparable with {@link #naturalKey}. */
  String liveNaturalKey(L live);

  /** Apple's resource id of a live resource. */
  String appleId(L live);

  /** The desired attributes, ordered, for rendering, diffing and the state digest. */
  Map<String, Object> desiredAttributes(D desired);

  /** The live attributes, normalized to the same field names as {@link #desiredAttributes}. */
  Map<String, Object> liveAttributes(L live);

  /** The digest of a live resource that saved plans compare: {@link Digests#of} its attributes. */
  default String liveDigest(L live) {
    return Digests.of(liveAttributes(live));
  }

  /**
   * The fields that differ, live to desired. The default compares the fields the desired side
   * mentions; override to ignore server-side defaults.
   */
  default List<FieldDiff> diff(D desired, L live) {
    return FieldDiff.between(liveAttributes(live), desiredAttributes(desired), true);
  }

  /** Field paths that cannot change in place: a difference under one forces a replace. */
  default Set<String> immutableFields() {
    return Set.of();
  }

  /**
   * Kind rules that force a replace even without a field difference (a profile that is INVALID or
   * expired): short descriptions, empty when none applies.
   */
  default List<String> replaceTriggers(D desired, L live) {
    return List.of();
  }

  /** Which side of a replace goes first. */
  default ReplaceOrder replaceOrder() {
    return ReplaceOrder.DELETE_THEN_CREATE;
  }

  /** What else a replace causes, for people ("the .mobileprovision changes UUID"), or null. */
  default String replaceConsequence(D desired, L live) {
    return null;
  }

  /**
   * The verb people read for a create: "create", or what a create means for this kind ("invite" for
   * a team member, "add to group" for a tester membership). UI only: apply never reads it.
   */
  default String createVerb() {
    return "create";
  }

  /** What else a create causes, for people (an invitation email, a device slot used), or null. */
  default String createConsequence(D desired) {
    return null;
  }

  /** The verb people read for a delete ("remove from group"). UI only: apply never reads it. */
  default String deleteVerb() {
    return "delete";
  }

  /** What else a delete causes, for people ("the tester stays in the team"), or null. */
  default String deleteConsequence(L live) {
    return null;
  }

  /** The addresses a desired resource needs first (its bundle ID, its certificates, ...). */
  default Set<Address> dependencies(D desired) {
    return Set.of();
  }

  /**
   * Why another planned change forces this resource to be replaced although it matches (a profile
   * goes INVALID when its bundle ID's capabilities change: "capability.app.push changes"), or null.
   * Only called for resources that would otherwise be kept.
   */
  default String invalidatedBy(D desired, Change other) {
    return null;
  }

  /** The address name given to a live resource that no config names (prune, counts). */
  default String unmanagedName(L live) {
    return liveNaturalKey(live);
  }

  /**
   * Why an unmanaged live resource is there, when the kind knows (a capability Apple enables on
   * every new App ID), for the list of unmanaged resources; null when nothing is known.
   */
  default String unmanagedNote(L live) {
    return null;
  }

  /** When the live resource expires (certificates, profiles), or null when it never does. */
  default Instant expires(L live) {
    return null;
  }

  /**
   * What to do about a declared resource that expires soon or expired and that this plan does not
   * replace: one clause for the plan's warning (e.g. "add renew_before and ascform renews it").
   */
  default String expiryAdvice(D desired) {
    return "renew it";
  }

  /** Whether an unmanaged live resource is worth counting or pruning (e.g. not yet disabled). */
  default boolean isRemovable(L live) {
    return true;
  }

  /**
   * Kind-specific refusals for a plan (never remove the account holder, keep at least one admin):
   * one clear sentence each, naming the address. {@code --allow-destroy} never lifts them. {@code
   * changes} are this kind's changes, {@code live} every live resource of the kind the plan read.
   */
  default List<String> policyViolations(List<Change> changes, List<L> live) {
    return List.of();
  }
}
