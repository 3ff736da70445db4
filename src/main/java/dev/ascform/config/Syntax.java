package dev.ascform.config;

import dev.ascform.model.BundleIdPlatform;
import java.util.regex.Pattern;

/** The syntax Apple accepts for bundle identifiers, UDIDs and emails. */
final class Syntax {
  private static final Pattern IDENTIFIER =
      Pattern.compile("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(\\.\\*)?$");
  private static final Pattern UDID_LEGACY = Pattern.compile("^[0-9A-Fa-f]{40}$");
  private static final Pattern UDID_MODERN = Pattern.compile("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{16}$");
  private static final Pattern UDID_UUID =
      Pattern.compile(
          "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$");
  private static final Pattern EMAIL =
      Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");

  private Syntax() {}

  /** Why a bundle identifier is invalid, or null when it is valid. */
  static String identifierProblem(String id, boolean wildcardAllowed) {
    if (id.equals("*")) {
      return wildcardAllowed ? null : "a wildcard is not an app's bundle identifier";
    }
    int star = id.indexOf('*');
    if (star >= 0 && (!wildcardAllowed || star != id.length() - 1 || !id.endsWith(".*"))) {
      return wildcardAllowed
          ? "'" + id + "': a '*' is allowed only at the end, after a dot (as in com.acme.*)"
          : "'" + id + "': an app's bundle identifier cannot contain '*'";
    }
    if (!IDENTIFIER.matcher(id).matches()) {
      return "'"
          + id
          + "' is not a bundle identifier: use letters, digits, '-' and '.' in"
          + " reverse-DNS form (com.acme.app)";
    }
    return null;
  }

  /** Why a UDID is invalid for the platform, or null when it is valid. */
  static String udidProblem(String udid, BundleIdPlatform platform) {
    boolean legacy = UDID_LEGACY.matcher(udid).matches();
    boolean modern = UDID_MODERN.matcher(udid).matches();
    boolean uuid = UDID_UUID.matcher(udid).matches();
    return switch (platform) {
      case IOS ->
          legacy || modern
              ? null
              : "'"
                  + udid
                  + "' is not an iOS UDID: expected 40 hex digits"
                  + " or 8-16 hex digits with a dash (00008030-001A2B3C4D5E6F70)";
      case MAC_OS ->
          modern || uuid
              ? null
              : "'"
                  + udid
                  + "' is not a Mac UDID: expected a hardware UUID"
                  + " (8-4-4-4-12 hex digits) or 8-16 hex digits with a dash (Apple silicon)";
      case UNIVERSAL ->
          legacy || modern || uuid
              ? null
              : "'"
                  + udid
                  + "' is not a UDID: expected 40 hex"
                  + " digits, 8-16 hex digits with a dash, or an 8-4-4-4-12 UUID";
    };
  }

  static boolean isEmail(String s) {
    return EMAIL.matcher(s).matches();
  }
}
