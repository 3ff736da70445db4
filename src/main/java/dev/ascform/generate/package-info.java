/**
 * The client's half of {@code ascform sandbox generate}: writes a generated account's config files
 * through the config declarations ({@link dev.ascform.generate.GeneratedConfig}). The sandbox's
 * generator ({@code dev.ascform.sandbox.generate}) makes the account and its seed and imports
 * nothing of the client; the CLI hands this writer to it.
 */
package dev.ascform.generate;
