package dev.ascform.sandbox.generate;

import java.util.List;

/** The little YAML the writers need: quoted scalars and flow lists. */
final class Yaml {
  private Yaml() {}

  /** A double-quoted scalar. */
  static String q(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** A flow list; items quoted when {@code quoted}. */
  static String list(List<String> items, boolean quoted) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(quoted ? q(items.get(i)) : items.get(i));
    }
    return b.append(']').toString();
  }
}
