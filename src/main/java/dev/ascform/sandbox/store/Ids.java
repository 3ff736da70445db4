package dev.ascform.sandbox.store;

import java.security.SecureRandom;
import java.util.Random;
import java.util.UUID;

/** Resource ids shaped like Apple's: 10 upper-case alphanumerics, UUIDs, or numeric app ids. */
public final class Ids {
  private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final Random RANDOM = new SecureRandom();

  private Ids() {}

  /** A 10-character id like a bundle ID's, device's, certificate's or profile's. */
  public static String short10() {
    return alphanumeric(10);
  }

  /** Upper-case alphanumerics of the given length. */
  public static String alphanumeric(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
    }
    return sb.toString();
  }

  /** A UUID like a user's, invitation's, beta group's, tester's or build's id. */
  public static String uuid() {
    return UUID.randomUUID().toString();
  }

  /** A numeric id like an app's (10 digits). */
  public static String numeric() {
    return Long.toString(1_000_000_000L + (long) (RANDOM.nextDouble() * 8_999_999_999L));
  }

  /** The id kind Apple uses for a resource type. */
  public static String forType(String type) {
    switch (type) {
      case "apps":
        return numeric();
      case "users":
      case "userInvitations":
      case "betaGroups":
      case "betaTesters":
      case "builds":
        return uuid();
      default:
        return short10();
    }
  }
}
