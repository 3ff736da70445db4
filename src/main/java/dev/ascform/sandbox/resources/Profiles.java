package dev.ascform.sandbox.resources;

import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;

/** profiles writes and the rules that turn profiles INVALID. */
public final class Profiles {
  private Profiles() {}

  /** Marks every profile of a bundle ID INVALID (after a capability change). */
  public static void invalidateForBundleId(Account account, String bundleIdId) {
    for (Entity p : account.all("profiles")) {
      if (bundleIdId != null && bundleIdId.equals(p.one("bundleId"))) {
        p.attributes().put("profileState", "INVALID");
      }
    }
  }

  /** Marks every profile holding a certificate INVALID (after revocation). */
  public static void invalidateForCertificate(Account account, String certificateId) {
    for (Entity p : account.all("profiles")) {
      if (p.rel("certificates").contains(certificateId)) {
        p.attributes().put("profileState", "INVALID");
      }
    }
  }
}
