package dev.ascform.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Which builds a beta group gets: listed ones, or the latest matching build (resolved live). */
public sealed interface BuildSelection {

  /** One build by its marketing version and build number. */
  record BuildRef(String version, String build) {
    public BuildRef {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(build, "build");
    }
  }

  /** These builds ({@code []} when the group gets none through config). */
  record Listed(List<BuildRef> builds) implements BuildSelection {
    public Listed {
      builds = List.copyOf(builds);
    }
  }

  /** The newest valid build for the platform, optionally of one marketing version. */
  record Latest(Optional<String> version, AppPlatform platform) implements BuildSelection {
    public Latest {
      version = version == null ? Optional.empty() : version;
      Objects.requireNonNull(platform, "platform");
    }
  }

  static BuildSelection none() {
    return new Listed(List.of());
  }
}
