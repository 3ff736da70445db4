package dev.ascform.config;

import dev.ascform.diag.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
   * The files to load, sorted by name; a directory's subdirectories, other files and its {@link
   * #SANDBOX_SEED} are ignored. A file not named {@code *.yaml} or {@code *.yml} is refused (at the
   * root of the ascform repository, {@code ./ascform} is the launcher script, not the default
   * config directory).
   */
  public static List<Path> resolve(Path path) throws ConfigException {
    if (Files.isRegularFile(path)) {
      if (!isYamlName(path)) {
        throw ConfigException.of(
            path
                + " is not a YAML file: a config is a *.yaml or *.yml file,"
                + " or a directory of them"
                + (isScript(path) ? scriptHint(path) : "")
                + " (give it with -c PATH)");
      }
      return List.of(path);
    }
    Path name = path.getFileName();
    if (name != null
        && name.toString().equals(".")
        && path.getParent() != null
        && !Files.isDirectory(path)) {
      Path dir = path.getParent();
      throw ConfigException.of(
          "'"
              + dir
              + "/' is not a directory ("
              + (Files.exists(dir) ? dir + " is a file" : "it does not exist")
              + "); a config is a *.yaml or *.yml file, or a directory of them");
    }
    if (!Files.isDirectory(path)) {
      throw ConfigException.of(
          "no config at "
              + path
              + ": give a YAML file or a directory of them"
              + " with -c PATH (default: ./ascform.yaml, else ./ascform/)");
    }
    try (Stream<Path> s = Files.list(path)) {
      List<Path> files =
          s.filter(Files::isRegularFile)
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

  /** True for a file name ending in {@code .yaml} or {@code .yml} (any case). */
  public static boolean isYamlName(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).matches(".*\\.ya?ml");
  }

  private static boolean isScript(Path path) {
    try (var in = Files.newInputStream(path)) {
      byte[] head = in.readNBytes(2);
      return head.length == 2 && head[0] == '#' && head[1] == '!';
    } catch (IOException e) {
      return false;
    }
  }

  private static String scriptHint(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().equals("ascform")
        ? "; this one is the ascform launcher script (without -c the config is ./ascform.yaml,"
            + " else the directory ./ascform/: beside the launcher, use ascform.yaml or another"
            + " directory)"
        : "; this one is a script";
  }
}
