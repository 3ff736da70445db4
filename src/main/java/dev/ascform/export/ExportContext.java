package dev.ascform.export;

import java.time.Instant;
import java.util.List;

/** What an entry needs besides its own live resource: other resources' local names and children. */
public interface ExportContext {

  /**
   * The local name given to the live resource of {@code kind} with this natural key (bundle
   * identifier, UDID, serial, ...), or null when it was not exported.
   */
  String nameOf(String kind, String naturalKey);

  /** True when the live resource of {@code kind} with this natural key was left out. */
  boolean skipped(String kind, String naturalKey);

  /** The local name of the app with this bundle identifier (apps are exported as needed). */
  String appName(String bundleIdentifier);

  /**
   * The live resources of the child kind {@code kind} ({@link ExportableChild}) under the parent
   * with this Apple id (the capabilities of a bundle ID, the tester memberships of a beta group),
   * in the order they were read; empty when there are none.
   *
   * @param <C> the child kind's live resource type
   */
  <C> List<C> children(String kind, String parentAppleId);

  /** The time of the export (to call a certificate expired). */
  Instant now();
}
