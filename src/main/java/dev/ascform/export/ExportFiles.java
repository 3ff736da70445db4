package dev.ascform.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where exported files go and how they point at the schema. Inside a checkout of ascform (a parent
 * directory holds {@code schemas/ascform.schema.json}) the schema line is the relative path to it;
 * anywhere else the schema is copied beside the files as {@code ascform.schema.json} (the loader
 * reads only {@code *.yaml}/{@code *.yml}) and the line names it.
 */
public final class ExportFiles {
  /** The schema's file name, in a checkout's {@code schemas/} and in exported directories. */
  public static final String SCHEMA = "ascform.schema.json";

  private ExportFiles() {}

  /** The {@code # yaml-language-server: $schema=...} line for files in {@code dir}. */
  public static String schemaLine(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    for (Path p = abs; p != null; p = p.getParent()) {
      Path schema = p.resolve("schemas").resolve(SCHEMA);
      if (Files.isRegularFile(schema)) {
        return line(abs.relativize(schema).toString().replace('\\', '/'));
      }
    }
    return line(SCHEMA);
  }

  private static String line(String ref) {
    return "# yaml-language-server: $schema=" + ref;
  }

  /** Writes the files into {@code dir} (created), and the schema beside them when needed. */
  public static void write(Path dir, Map<String, String> files) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      if (schemaLine(dir).endsWith("=" + SCHEMA)) {
        try (InputStream in = ExportFiles.class.getResourceAsStream("/schemas/" + SCHEMA)) {
          if (in != null) {
            Files.write(dir.resolve(SCHEMA), in.readAllBytes());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the exported config to " + dir, e);
    }
  }
}
