package dev.ascform.sandbox.reports;

import dev.ascform.sandbox.store.Account;
import dev.ascform.sandbox.store.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic synthetic numbers: a hash of the inputs, so the same request gives the same file.
 */
final class Synthetic {
  static final String[][] COUNTRIES = {
    {"US", "USD", "0.99", "0.70"}, {"GB", "GBP", "0.99", "0.69"}, {"DE", "EUR", "0.99", "0.59"},
    {"JP", "JPY", "160", "113"}, {"FR", "EUR", "0.99", "0.59"}, {"CA", "CAD", "1.39", "0.97"},
  };

  private Synthetic() {}

  static int number(String... parts) {
    int h = String.join("|", parts).hashCode();
    return Math.floorMod(h * 31 + 17, 97);
  }

  /** The apps reports cover: the account's, or one sample app when it has none. */
  static List<String[]> apps(Account account) {
    List<String[]> apps = new ArrayList<>();
    for (Entity a : account.all("apps")) {
      apps.add(new String[] {a.id(), a.text("sku"), a.text("name")});
    }
    if (apps.isEmpty()) {
      apps.add(new String[] {"1000000001", "SANDBOX001", "Sandbox App"});
    }
    return apps;
  }
}
