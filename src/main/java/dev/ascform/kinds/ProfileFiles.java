package dev.ascform.kinds;

import dev.ascform.api.AscClient;
import dev.ascform.live.LiveReads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * Writes {@code .mobileprovision} files for build jobs: one per profile, named after the profile
 * (characters other than letters, digits, {@code . _ -} become {@code _}), from {@code
 * profileContent}. Read in the same single request as planning.
 */
public final class ProfileFiles {
  private ProfileFiles() {}

  /**
   * The file name of a profile: {@code Acme Notes App Store} → {@code
   * Acme_Notes_App_Store.mobileprovision}.
   */
  public static String fileName(String profileName) {
    String base = profileName.replaceAll("[^A-Za-z0-9._-]", "_");
    return (base.isEmpty() || base.startsWith(".") ? "_" + base : base) + ".mobileprovision";
  }

  /**
   * Writes the profiles with these names (every profile when {@code names} is null) to {@code dir};
   * returns the files written, in name order.
   */
  public static List<Path> download(AscClient client, Collection<String> names, Path dir) {
    List<Path> out = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      for (ProfileKind.Live p : new ProfileKind().readAll(new LiveReads(client))) {
        if (names != null && !names.contains(p.name()) || p.content() == null) {
          continue;
        }
        Path f = dir.resolve(fileName(p.name()));
        Files.write(f, Base64.getDecoder().decode(p.content()));
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write profiles to " + dir, e);
    }
    out.sort(null);
    return out;
  }
}
