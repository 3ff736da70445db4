package dev.ascform.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;

/**
 * Converts {@code -c PATH}. A path written with a trailing slash ({@code -c ascform/}) asks for a
 * directory of YAML files, but {@link Path} drops the slash: when no such directory exists, the
 * path keeps a last {@code .} element ({@code ascform/.}), which is never a file, so a file of the
 * same name (such as the {@code ascform} launcher script) is not read as YAML; loading then says
 * the directory is missing ({@code ConfigFiles}).
 */
public final class ConfigPathConverter implements ITypeConverter<Path> {
  @Override
  public Path convert(String value) {
    Path path = Path.of(value);
    boolean dirAsked = value.endsWith("/") || value.endsWith(File.separator);
    return dirAsked && !Files.isDirectory(path) ? path.resolve(".") : path;
  }
}
