/**
 * What exists: the state file ({@link dev.ascform.state.StateFile}: format version, lineage,
 * serial, target, managed resources), its atomic store with a backup ({@link
 * dev.ascform.state.StateStore}) and its lock ({@link dev.ascform.state.StateLock}). Depends on
 * {@code dev.ascform.plan} for addresses, changes and digests; never the other way round. The
 * format is documented in {@code docs/STATE.md}.
 */
package dev.ascform.state;
