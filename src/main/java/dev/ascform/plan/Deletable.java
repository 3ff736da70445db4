package dev.ascform.plan;

/**
 * Trait: resources of this kind can be deleted from the account (a revoke, for certificates). The
 * applier's write side extends this trait.
 */
public interface Deletable {}
