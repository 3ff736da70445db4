/**
 * File-system helpers every layer may use, the sandbox included: this package imports nothing else
 * of ascform. {@link dev.ascform.io.AtomicFile} is the one way ascform writes a file that must
 * never be seen half-written (state, plan files, secrets, reports, the sandbox's account).
 */
package dev.ascform.io;
