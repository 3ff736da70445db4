package dev.ascform.plan;

import dev.ascform.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A saved plan ({@code plan -out FILE}): the plan itself with what it was made from, so that {@code
 * apply FILE} can refuse it when the state or a touched resource changed since.
 *
 * @param formatVersion {@link #FORMAT_VERSION}
 * @param createdAt when the plan was made, ISO-8601
 * @param configDigest {@link Digests} of the configuration it was planned from
 * @param stateLineage the state's lineage when planned
 * @param stateSerial the state's serial when planned
 * @param plan the plan; its {@link Plan#liveDigests} are the live versions it was based on
 */
public record PlanFile(
    String formatVersion,
    String createdAt,
    String configDigest,
    String stateLineage,
    long stateSerial,
    Plan plan) {
  /** The plan file format this code writes and reads. */
  public static final String FORMAT_VERSION = "2";

  /** The live digest of a resource that does not exist in the account. */
  public static final String ABSENT = "absent";

  public PlanFile {
    Objects.requireNonNull(formatVersion, "formatVersion");
    Objects.requireNonNull(plan, "plan");
  }

  /**
   * A plan file for a plan made against the given config and state; it keeps the live digests of
   * the addresses the plan changes.
   */
  public static PlanFile of(
      Plan plan, Instant createdAt, String configDigest, String stateLineage, long stateSerial) {
    return new PlanFile(
        FORMAT_VERSION,
        createdAt.toString(),
        configDigest,
        stateLineage,
        stateSerial,
        plan.withTouchedDigestsOnly());
  }

  /**
   * Refuses this plan if anything it was based on changed: the state's lineage or serial, or the
   * live version of a resource it touches. {@code currentLiveDigests} are the digests re-read now:
   * the {@link Plan#liveDigests} of a fresh plan of the same config (or {@link
   * KindRules#liveDigest} of each re-read resource); a missing address counts as absent.
   *
   * @throws StalePlanException saying everything that changed
   */
  public void checkFresh(
      String currentLineage, long currentSerial, Map<Address, String> currentLiveDigests) {
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(stateLineage, currentLineage)) {
      changed.add(
          "the state is another one (lineage "
              + currentLineage
              + ", the plan was made"
              + " for "
              + stateLineage
              + ")");
    } else if (stateSerial != currentSerial) {
      changed.add(
          "the state changed since the plan was made (serial "
              + stateSerial
              + " -> "
              + currentSerial
              + "): another apply or state command ran");
    }
    plan.liveDigests()
        .forEach(
            (address, then) -> {
              String now = currentLiveDigests.getOrDefault(address, ABSENT);
              if (!then.equals(now)) {
                changed.add(
                    address
                        + " "
                        + (now.equals(ABSENT)
                            ? "no longer exists in the account"
                            : then.equals(ABSENT)
                                ? "now exists in the account"
                                : "changed in the account")
                        + " since the plan was made");
              }
            });
    if (!changed.isEmpty()) {
      throw new StalePlanException(changed);
    }
  }

  /** The file as JSON text. */
  public String toJson() {
    try {
      return PlanJson.MAPPER.writeValueAsString(this) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a plan file's JSON, refusing other format versions. */
  public static PlanFile fromJson(String json) {
    PlanFile f;
    try {
      f = PlanJson.MAPPER.readValue(json, PlanFile.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("not an ascform plan file: " + e.getMessage(), e);
    }
    if (!FORMAT_VERSION.equals(f.formatVersion())) {
      throw new IllegalArgumentException(
          "plan file format "
              + f.formatVersion()
              + " is not supported by this ascform (it reads format "
              + FORMAT_VERSION
              + "); make the plan again with this version");
    }
    for (Change c : f.plan().changes()) {
      if (c.action().writesValue() && c.desired() == null) {
        throw new IllegalArgumentException(
            "the plan file's change to "
                + c.address()
                + " carries no value to write; make the plan again");
      }
    }
    return f;
  }

  /** Writes the file atomically and durably, readable by its owner only ({@link AtomicFile}). */
  public void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    AtomicFile.ownerOnly(file).write(toJson().getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a plan file. */
  public static PlanFile read(Path file) throws IOException {
    return fromJson(Files.readString(file, StandardCharsets.UTF_8));
  }
}
