package dev.ascform.export;

import dev.ascform.kinds.CapabilityKind;
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

  /** The capabilities of the bundle ID with this Apple id, by type. */
  List<CapabilityKind.Live> capabilities(String bundleIdAppleId);

  /** The emails of the testers of the beta group with this Apple id, sorted. */
  List<String> testers(String groupAppleId);

  /** The time of the export (to call a certificate expired). */
  Instant now();
}
