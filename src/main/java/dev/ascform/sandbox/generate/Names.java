package dev.ascform.sandbox.generate;

import java.util.Locale;
import java.util.Random;

/** Fixed name pools, so generated accounts read like people's and stay deterministic. */
final class Names {
  private static final String[] FIRST = {
    "Ada", "Alan", "Alice", "Amara", "Ben", "Bianca", "Carlos", "Chen", "Dana", "Diego", "Elena",
    "Emeka", "Fatima", "Felix", "Grace", "Hana", "Hugo", "Ines", "Ivan", "Jada", "Jonas", "Kai",
    "Keiko", "Lars", "Leila", "Luca", "Maya", "Mateo", "Nadia", "Noah", "Olga", "Omar", "Priya",
    "Quinn", "Rosa", "Ravi", "Sara", "Sam", "Tariq", "Tess", "Uma", "Victor", "Wen", "Xavier",
    "Yara", "Yusuf", "Zoe", "Zane"
  };
  private static final String[] LAST = {
    "Abe",
    "Barros",
    "Bauer",
    "Chen",
    "Costa",
    "Dubois",
    "Eze",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Kowalski",
    "Kumar",
    "Larsen",
    "Lopez",
    "Martin",
    "Meyer",
    "Nakamura",
    "Novak",
    "Okafor",
    "Olsen",
    "Patel",
    "Perez",
    "Quispe",
    "Rossi",
    "Sato",
    "Schulz",
    "Silva",
    "Smith",
    "Tanaka",
    "Taylor",
    "Usman",
    "Varga",
    "Wagner",
    "Wang",
    "Xu",
    "Yilmaz",
    "Young",
    "Zhang"
  };
  private static final String[] APP_WORDS = {
    "Notes",
    "Weather",
    "Pay",
    "Maps",
    "Photos",
    "Fitness",
    "Music",
    "Reader",
    "Travel",
    "Chat",
    "Budget",
    "Recipes",
    "Garden",
    "Tasks",
    "Scanner",
    "Podcasts",
    "Radio",
    "Kids",
    "Learn",
    "Parking"
  };

  private Names() {}

  static String first(Random random) {
    return FIRST[random.nextInt(FIRST.length)];
  }

  static String last(Random random) {
    return LAST[random.nextInt(LAST.length)];
  }

  /** A distinct display name for the i-th app. */
  static String appName(int i) {
    String word = APP_WORDS[i % APP_WORDS.length];
    return i < APP_WORDS.length
        ? "Acme " + word
        : "Acme " + word + " " + (i / APP_WORDS.length + 1);
  }

  /** Apple's display name for a certificate type. */
  static String certificateName(String type) {
    switch (type) {
      case "DEVELOPMENT":
        return "Apple Development";
      case "DISTRIBUTION":
        return "Apple Distribution";
      case "IOS_DEVELOPMENT":
        return "iOS Development";
      case "IOS_DISTRIBUTION":
        return "iOS Distribution";
      case "MAC_APP_DEVELOPMENT":
        return "Mac Development";
      case "MAC_APP_DISTRIBUTION":
        return "Mac App Distribution";
      case "MAC_INSTALLER_DISTRIBUTION":
        return "Mac Installer Distribution";
      default:
        return "Developer ID Application";
    }
  }

  /** A short label of a profile type for profile names. */
  static String profileLabel(String type) {
    return type.replace("_APP_", " ").replace('_', ' ').toLowerCase(Locale.ROOT);
  }
}
