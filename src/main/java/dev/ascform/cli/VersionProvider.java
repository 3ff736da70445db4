package dev.ascform.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version that Maven wrote into {@code dev/ascform/version.properties}. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"ascform " + version(), "Java " + System.getProperty("java.version")};
  }

  /** The project version, or {@code unknown} when run from classes without resources. */
  public static String version() {
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/dev/ascform/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
