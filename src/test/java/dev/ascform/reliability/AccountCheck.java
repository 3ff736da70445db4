package dev.ascform.reliability;

import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import dev.ascform.state.StateFile;
import dev.ascform.state.StateResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Checks on the sandbox's own data: duplicates by natural key, counts, state ids that exist. */
public final class AccountCheck {
  private AccountCheck() {}

  /** Every natural key held by more than one live resource, described; empty when none. */
  public static List<String> duplicates(Account a) {
    synchronized (a) {
      List<String> out = new ArrayList<>();
      dup(out, a, "bundleIds", e -> e.text("identifier"));
      dup(out, a, "devices", e -> lower(e.text("udid")));
      dup(out, a, "profiles", e -> e.text("name"));
      dup(out, a, "certificates", e -> e.text("serialNumber"));
      dup(out, a, "users", e -> lower(e.text("username")));
      dup(out, a, "userInvitations", e -> lower(e.text("email")));
      dup(out, a, "betaTesters", e -> lower(e.text("email")));
      dup(out, a, "betaGroups", e -> e.one("app") + "/" + e.text("name"));
      dup(out, a, "bundleIdCapabilities", e -> e.one("bundleId") + "/" + e.text("capabilityType"));
      for (Entity g : a.all("betaGroups")) {
        Map<String, Integer> seen = new HashMap<>();
        g.rel("betaTesters").forEach(t -> seen.merge(t, 1, Integer::sum));
        seen.forEach(
            (t, n) -> {
              if (n > 1) {
                out.add("tester " + t + " is " + n + " times in group " + g.text("name"));
              }
            });
      }
      Map<String, Integer> byEmail = new HashMap<>();
      a.all("users").forEach(u -> byEmail.merge(lower(u.text("username")), 1, Integer::sum));
      a.all("userInvitations")
          .forEach(
              i -> {
                if (byEmail.containsKey(lower(i.text("email")))) {
                  out.add("invitation for " + i.text("email") + " while the user exists");
                }
              });
      return out;
    }
  }

  /** How many resources of each type the account holds. */
  public static Map<String, Integer> counts(Account a) {
    synchronized (a) {
      Map<String, Integer> out = new TreeMap<>();
      for (String t : a.types()) {
        out.put(t, a.all(t).size());
      }
      return out;
    }
  }

  /** State entries whose Apple id is nowhere in the account (state not equal to reality). */
  static List<String> unknownIds(StateFile state, Account a) {
    synchronized (a) {
      List<String> out = new ArrayList<>();
      for (StateResource r : state.resources()) {
        if (r.appleId() == null || !exists(a, r.appleId())) {
          out.add(r.address() + " -> " + r.appleId());
        }
      }
      return out;
    }
  }

  /**
   * Whether an Apple id in state is live: plain ids, {@code invitation:ID} for pending users, and
   * {@code GROUP/TESTER} for a tester's membership (the tester must be in the group).
   */
  private static boolean exists(Account a, String id) {
    if (id.startsWith("invitation:")) {
      return a.find("userInvitations", id.substring("invitation:".length())).isPresent();
    }
    int slash = id.indexOf('/');
    if (slash > 0) {
      String group = id.substring(0, slash);
      String tester = id.substring(slash + 1);
      return a.find("betaGroups", group)
              .map(g -> g.rel("betaTesters").contains(tester))
              .orElse(false)
          && a.find("betaTesters", tester).isPresent();
    }
    for (String t : a.types()) {
      if (a.find(t, id).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static void dup(List<String> out, Account a, String type, Function<Entity, String> key) {
    Map<String, Integer> seen = new HashMap<>();
    for (Entity e : a.all(type)) {
      seen.merge(key.apply(e), 1, Integer::sum);
    }
    seen.forEach(
        (k, n) -> {
          if (n > 1) {
            out.add(n + " " + type + " with key " + k);
          }
        });
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
