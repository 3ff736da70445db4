package dev.ascform.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts {@code -c PATH}. A path written with a trailing slash ({@code -c ascform/}) asks for a
 * directory of YAML files; {@link Path} drops the slash, so the directory is checked here, before
 * a file of the same name (such as the {@code ascform} launcher script) could be read as YAML.
 */
public final class ConfigPathConverter implements ITypeConverter<Path> {
  @Override
  public Path convert(String value) {
    Path path = Path.of(value);
    boolean dirAsked = value.endsWith("/") || value.endsWith(File.separator);
    if (dirAsked && !Files.isDirectory(path)) {
      throw new TypeConversionException("'" + value + "' is not a directory ("
          + (Files.exists(path) ? path + " is a file" : "it does not exist")
          + "); a config is a *.yaml or *.yml file, or a directory of them");
    }
    return path;
  }
}
