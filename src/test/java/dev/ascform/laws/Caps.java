package dev.ascform.laws;

import java.util.List;

/** The capability types the generators use, with their setting and options. */
final class Caps {
  static final List<String> TYPES =
      List.of(
          "PUSH_NOTIFICATIONS",
          "APP_GROUPS",
          "MAPS",
          "IN_APP_PURCHASE",
          "GAME_CENTER",
          "ICLOUD",
          "DATA_PROTECTION",
          "APPLE_ID_AUTH");

  private Caps() {}

  static String settingOf(String type) {
    return switch (type) {
      case "ICLOUD" -> "ICLOUD_VERSION";
      case "DATA_PROTECTION" -> "DATA_PROTECTION_PERMISSION_LEVEL";
      case "APPLE_ID_AUTH" -> "APPLE_ID_AUTH_APP_CONSENT";
      default -> null;
    };
  }

  /** The options of a type with a required setting; empty for one without. */
  static List<String> options(String type) {
    return switch (type) {
      case "ICLOUD" -> List.of("XCODE_5", "XCODE_6");
      case "DATA_PROTECTION" ->
          List.of(
              "COMPLETE_PROTECTION", "PROTECTED_UNLESS_OPEN", "PROTECTED_UNTIL_FIRST_USER_AUTH");
      case "APPLE_ID_AUTH" -> List.of("PRIMARY_APP_CONSENT");
      default -> List.of();
    };
  }
}
