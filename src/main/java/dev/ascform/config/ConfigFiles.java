package dev.ascform.config;

import dev.ascform.diag.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the files of a config: one file, or every {@code *.yaml}/{@code *.yml} in a directory. */
public final class ConfigFiles {
  /** The local sandbox's seed, kept beside a config directory's files but not part of them. */
  public static final String SANDBOX_SEED = "sandbox-seed.yaml";

  private ConfigFiles() {}

  /**
   * The default config path in {@code dir}: {@code ascform.yaml} when it exists, else the {@code
   * ascform/} directory (which may not exist; loading it then fails with a clear message).
   */
  public static Path defaultPath(Path dir) {
    Path file = dir.resolve("ascform.yaml");
    return Files.isRegularFile(file) ? file : dir.resolve("ascform");
  }

  /**
   * The files to load, sorted by name; a directory's subdirectories, other files and its
   * {@link #SANDBOX_SEED} are ignored.
   */
  public static List<Path> resolve(Path path) throws ConfigException {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    if (!Files.isDirectory(path)) {
      throw ConfigException.of("no config at " + path + ": give a YAML file or a directory of them"
          + " with -c PATH (default: ./ascform.yaml, else ./ascform/)");
    }
    try (Stream<Path> s = Files.list(path)) {
      List<Path> files = s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
          .filter(p -> !p.getFileName().toString().equals(SANDBOX_SEED))
          .sorted()
          .toList();
      if (files.isEmpty()) {
        throw ConfigException.of("no *.yaml or *.yml files in " + path);
      }
      return files;
    } catch (IOException e) {
      throw ConfigException.of("cannot list " + path + ": " + e.getMessage());
    }
  }
}
