package dev.ascform.sandbox.generate;

import java.util.Map;

/**
 * Writes the config side of a generated account as ascform config files. The client writes them
 * through its config declarations ({@code dev.ascform.generate.GeneratedConfig}); the sandbox
 * imports nothing of the client, so the caller hands the writer in.
 */
@FunctionalInterface
public interface ConfigWriter {
  /**
   * The config files of {@code model} for {@code account}, by file name, each after {@code header}.
   */
  Map<String, String> write(AccountModel model, String account, String header);
}
