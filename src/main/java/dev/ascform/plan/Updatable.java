package dev.ascform.plan;

/**
 * Trait: resources of this kind can be changed in place (fields not listed as immutable). A kind
 * without it replaces on any difference. The applier's write side extends this trait.
 */
public interface Updatable {}
