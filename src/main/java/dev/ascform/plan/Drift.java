package dev.ascform.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Detects changes made outside ascform: live attributes vs what the state says was applied. */
final class Drift {
  private Drift() {}

  /**
   * The fields that changed since the last apply. Only the applied fields are compared; when the
   * state kept no attributes, a digest mismatch of the whole live map counts as one change.
   */
  static List<FieldDiff> of(Managed m, Map<String, Object> live) {
    if (!m.attributes().isEmpty()) {
      Map<String, Object> projected = new LinkedHashMap<>();
      m.attributes().keySet().forEach(k -> projected.put(k, live.get(k)));
      if (m.digest() != null && m.digest().equals(Digests.of(projected))) {
        return List.of();
      }
      return FieldDiff.between(m.attributes(), projected, true);
    }
    if (m.digest() == null || m.digest().equals(Digests.of(live))) {
      return List.of();
    }
    return List.of(new FieldDiff("*", m.digest(), Digests.of(live)));
  }

  /** False when the live resource is another one than the state recorded (recreated outside). */
  static boolean sameResource(Managed m, String liveAppleId) {
    return m.appleId() == null || m.appleId().equals(liveAppleId);
  }
}
